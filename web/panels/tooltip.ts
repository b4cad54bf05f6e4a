/** The hover tooltip: one floating element, positioned inside its container near the pointer or focused element. */
export function showTooltip(el: HTMLElement, lines: string[], ev: MouseEvent | FocusEvent): void {
  const box = (el.offsetParent ?? document.body).getBoundingClientRect();
  let x: number;
  let y: number;
  if (ev instanceof MouseEvent && ev.clientX !== 0) {
    x = ev.clientX - box.left;
    y = ev.clientY - box.top;
  } else {
    const r = (ev.target as Element).getBoundingClientRect();
    x = r.left + r.width / 2 - box.left;
    y = r.top - box.top;
  }
  el.replaceChildren(
    ...lines.map((text, i) => {
      const div = document.createElement('div');
      div.textContent = text;
      if (i === 0) div.className = 'tip-title';
      return div;
    }),
  );
  el.hidden = false;
  const w = el.offsetWidth;
  const left = Math.min(Math.max(4, x + 12), box.width - w - 4);
  el.style.left = `${left}px`;
  el.style.top = `${Math.max(4, y + 14)}px`;
}

export function hideTooltip(el: HTMLElement): void {
  el.hidden = true;
}
