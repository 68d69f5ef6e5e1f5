import { remembered } from './remembered.js';

let context: CanvasRenderingContext2D | null | undefined;
// Setting the canvas font parses it: set only when it changes.
let font = '';

const measured = remembered((key) => {
  const cut = key.indexOf('\n');
  if (key.slice(0, cut) !== font) context!.font = font = key.slice(0, cut);
  return context!.measureText(key.slice(cut + 1)).width;
});

/** A text's width in px, set at `size` px in `family` and `weight`. */
export type TextWidth = (text: string, size: number, weight: number, family: string) => number;

/**
 * The width in px of `text` set at `size` px in `family` and `weight`, measured on one canvas for the
 * page and remembered. Without a canvas, an estimate keeps labels apart: 0.55 em a character, 0.6 bold.
 */
export const textWidth: TextWidth = (text, size, weight, family) => {
  // Asked once: where no canvas is to be had, asking again for every text would make a canvas each time.
  if (context === undefined) context = document.createElement('canvas').getContext('2d');
  return context ? measured(`${weight} ${size}px ${family}\n${text}`) : text.length * size * (weight > 500 ? 0.6 : 0.55);
};
