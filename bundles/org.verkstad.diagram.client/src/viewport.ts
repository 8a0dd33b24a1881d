/** A box in diagram coordinates. */
export interface Bounds {
    x: number;
    y: number;
    width: number;
    height: number;
}

/** Where the view is: the diagram point at the top left corner, and the zoom. */
export interface Viewport {
    scroll: { x: number; y: number };
    zoom: number;
}

/** Space around a fitted diagram, in screen pixels. */
export const PADDING = 20;

/**
 * The view of a diagram's top-level elements in an area: fitted and centred when that keeps the zoom at
 * {@code least} or more (and at most 100 %), else at {@code least} from the top left corner, to be
 * scrolled. Undefined when there is nothing to show or no area to show it in.
 */
export function viewport(elements: readonly Bounds[], area: { width: number; height: number } | undefined,
    least: number): Viewport | undefined {
    let x1 = Infinity;
    let y1 = Infinity;
    let x2 = -Infinity;
    let y2 = -Infinity;
    for (const box of elements) {
        if (box.width >= 0 && box.height >= 0) {
            x1 = Math.min(x1, box.x);
            y1 = Math.min(y1, box.y);
            x2 = Math.max(x2, box.x + box.width);
            y2 = Math.max(y2, box.y + box.height);
        }
    }
    if (!Number.isFinite(x1) || area === undefined || area.width <= 0 || area.height <= 0) {
        return undefined;
    }
    const fitted = Math.min((area.width - 2 * PADDING) / (x2 - x1), (area.height - 2 * PADDING) / (y2 - y1));
    if (fitted >= least) {
        const zoom = Math.min(1, fitted);
        return { scroll: { x: (x1 + x2) / 2 - area.width / 2 / zoom, y: (y1 + y2) / 2 - area.height / 2 / zoom }, zoom };
    }
    return { scroll: { x: x1 - PADDING / least, y: y1 - PADDING / least }, zoom: least };
}
