import {
    GConnectableElement,
    GLSPManhattanEdgeRouter,
    GLSPPolylineEdgeRouter,
    GModelElement,
    GRoutableElement,
    RoutedPoint,
    isBoundsAware
} from '@eclipse-glsp/client';
import { injectable } from 'inversify';

/**
 * Routes remembered per edge. sprotty routes every edge on every drawing, and GLSP's edge view routes
 * each one a second time; after a move on a 500-flow map, all but a few routes are the same as before.
 * A route is reused while its edge's ends have the same boxes in the diagram and the edge the same
 * routing points.
 */
class RouteCache {
    protected readonly routes = new Map<string, { key: RouteKey; route: RoutedPoint[] }>();

    route(edge: GRoutableElement, compute: () => RoutedPoint[]): RoutedPoint[] {
        const key = routeKey(edge);
        const known = this.routes.get(edge.id);
        if (key !== undefined && known !== undefined && sameKey(known.key, key)) {
            // a copy: whoever asks may change the points
            return known.route.map(point => ({ ...point }));
        }
        const route = compute();
        if (key !== undefined) {
            this.routes.set(edge.id, { key, route: route.map(point => ({ ...point })) });
        }
        return route;
    }
}

/** Everything a route depends on: the types of the edge's ends and the boxes of its ends and parent in diagram coordinates, and its routing points. */
interface RouteKey {
    types: string;
    numbers: number[];
}

function routeKey(edge: GRoutableElement): RouteKey | undefined {
    const source = edge.source;
    const target = edge.target;
    if (!source || !target) {
        return undefined;
    }
    const numbers: number[] = [];
    addBox(numbers, source);
    addBox(numbers, target);
    addBox(numbers, edge.parent);
    for (const point of edge.routingPoints) {
        numbers.push(point.x, point.y);
    }
    return { types: `${source.type} ${target.type}`, numbers };
}

function sameKey(a: RouteKey, b: RouteKey): boolean {
    if (a.types !== b.types || a.numbers.length !== b.numbers.length) {
        return false;
    }
    for (let i = 0; i < a.numbers.length; i++) {
        if (a.numbers[i] !== b.numbers[i]) {
            return false;
        }
    }
    return true;
}

/** An element's box in diagram coordinates: its position summed up its parents, and its size. */
function addBox(numbers: number[], element: GModelElement | GConnectableElement): void {
    let x = 0;
    let y = 0;
    let current: GModelElement | undefined = element;
    while (current && isBoundsAware(current)) {
        x += current.bounds.x;
        y += current.bounds.y;
        current = 'parent' in current ? (current.parent as GModelElement | undefined) : undefined;
    }
    const size = isBoundsAware(element) ? element.bounds : { width: -1, height: -1 };
    numbers.push(x, y, size.width, size.height);
}

@injectable()
export class CachingManhattanEdgeRouter extends GLSPManhattanEdgeRouter {
    protected readonly cache = new RouteCache();

    override route(edge: GRoutableElement): RoutedPoint[] {
        return this.cache.route(edge, () => super.route(edge));
    }
}

@injectable()
export class CachingPolylineEdgeRouter extends GLSPPolylineEdgeRouter {
    protected readonly cache = new RouteCache();

    override route(edge: GRoutableElement): RoutedPoint[] {
        return this.cache.route(edge, () => super.route(edge));
    }
}
