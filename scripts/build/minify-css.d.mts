export function minifyCss(text: string): string;
export function minifyHtml(text: string): string;
