// The Aalborg Commitments: official theme titles from the sources, short titles and summaries in our own words.
import { readCsv, SOURCES, urls, distinct } from './csv.mjs';

const OFFICIAL = 'https://sustainablecities.eu/conferences/aalborgplus10/';

/** Our one- or two-sentence summary of each theme, written from commitment-topics.csv. */
const SUMMARIES = {
  1: 'Towns agree on a shared long-term vision and open their decisions to residents and every part of local society, deciding transparently and working with neighbours and other levels of government.',
  2: 'Sustainability becomes part of how the council runs itself: Local Agenda 21 processes, integrated management, targets that are monitored, and budgets that follow the goals.',
  3: 'Towns look after the natural resources everyone shares: energy, water, biodiversity and green space, soil, and air.',
  4: 'Less waste and less wasted energy, and public purchasing that favours sustainable and fair products.',
  5: 'Planning that revives neglected areas, builds on used land before open land, mixes homes, jobs and services, and cares for heritage and building quality.',
  6: 'Fewer car journeys and more trips by public transport, on foot and by bike, with cleaner vehicles and one integrated mobility plan.',
  7: 'Health is a task for the whole council: tackling its wider causes and inequalities, and weighing health in plans and projects.',
  8: 'A local economy that creates jobs without harming the environment, from start-ups and local products to responsible tourism.',
  9: 'Fair and inclusive communities: preventing poverty, fair access to services, gender equality, safety and decent housing.',
  10: 'Acting locally on global problems, above all climate change, and cooperating with towns and cities abroad.',
};

/** Our short title for each commitment, condensed from its topic in commitment-topics.csv. */
const TITLES = {
  '1.1': 'Shared long-term vision', '1.2': 'Participation and local capacity', '1.3': 'All of society in decisions',
  '1.4': 'Open, accountable decisions', '1.5': 'Working with neighbours and other tiers',
  '2.1': 'Stronger Local Agenda 21', '2.2': 'Integrated sustainability management', '2.3': 'Targets, timeframes and monitoring',
  '2.4': 'Sustainability in every decision', '2.5': 'Reviewing progress with the Campaign',
  '3.1': 'Less energy, more renewables', '3.2': 'Clean water, used wisely', '3.3': 'Biodiversity and green spaces',
  '3.4': 'Healthy soils, farms and forests', '3.5': 'Clean air',
  '4.1': 'Less waste, more re-use', '4.2': 'Best-practice waste treatment', '4.3': 'No wasted energy',
  '4.4': 'Sustainable procurement', '4.5': 'Sustainable, fair products',
  '5.1': 'Reviving neglected areas', '5.2': 'Brownfield before greenfield', '5.3': 'Homes, jobs and services together',
  '5.4': 'Urban cultural heritage', '5.5': 'Sustainable design and building',
  '6.1': 'Less need for cars', '6.2': 'Transit, walking and cycling', '6.3': 'Low-emission vehicles',
  '6.4': 'Integrated mobility plan', '6.5': 'Less harm from transport',
  '7.1': 'The wider causes of health', '7.2': 'Planning for health', '7.3': 'Health inequalities and poverty',
  '7.4': 'Health impact assessment', '7.5': 'Health in urban planning',
  '8.1': 'Local jobs and start-ups', '8.2': 'Good business practice', '8.3': 'Sustainable business locations',
  '8.4': 'Markets for local products', '8.5': 'Sustainable local tourism',
  '9.1': 'Preventing poverty', '9.2': 'Fair access to services', '9.3': 'Inclusion and gender equality',
  '9.4': 'Community safety', '9.5': 'Good housing and living conditions',
  '10.1': 'Strategic climate mitigation', '10.2': 'Climate protection in every sector', '10.3': 'Climate awareness and prevention',
  '10.4': 'Smaller global footprint', '10.5': 'Cities cooperating worldwide',
};

export function buildCommitments() {
  const topics = readCsv(`${SOURCES}commitment-topics.csv`);
  const themes = readCsv(`${SOURCES}commitment-themes.csv`).map((t) => {
    const number = Number(t.number);
    const rows = topics.filter((c) => Number(c.theme) === number);
    if (!SUMMARIES[number] || rows.length !== Number(t.sub_commitments)) throw new Error(`commitments: theme ${number} needs a summary and ${t.sub_commitments} topics`);
    return {
      id: String(number),
      number,
      title: t.title,
      summary: SUMMARIES[number],
      source: urls(t.title_source_urls)[0],
      commitments: rows.map((c) => {
        const id = `${number}.${Number(c.item)}`;
        if (!TITLES[id]) throw new Error(`commitments: no short title for ${id}`);
        // Topics not yet checked against the official text have no confirming page: point to the official document.
        return { id, title: TITLES[id], source: urls(c.confirmed_by)[0] ?? OFFICIAL };
      }),
    };
  });
  const unchecked = distinct(topics.filter((c) => !c.confirmed_by).map((c) => c.theme));
  return {
    version: 1,
    meta: {
      title: 'The Aalborg Commitments',
      description:
        `The ${themes.length} themes and ${themes.reduce((n, t) => n + t.commitments.length, 0)} commitments of the Aalborg Commitments (Aalborg+10, 2004). ` +
        `Theme titles are the official English ones; commitment titles and theme summaries are short paraphrases in our own words, not the official text, ` +
        `which is linked from ${OFFICIAL}. The topics of themes ${unchecked[0]} to ${unchecked.at(-1)} are not yet checked against a copy of the official text.`,
      sources: distinct([OFFICIAL, ...themes.flatMap((t) => [t.source, ...t.commitments.map((c) => c.source)])]),
      generated: '',
      license: 'Theme titles as published in the official document; all other wording is the project\'s own.',
    },
    themes,
  };
}
