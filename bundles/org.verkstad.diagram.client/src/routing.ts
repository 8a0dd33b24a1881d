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
    protected readonly routes = new Map<string, { key: string; route: RoutedPoint[] }>();

    route(edge: GRoutableElement, compute: () => RoutedPoint[]): RoutedPoint[] {
        const key = routeKey(edge);
        const known = this.routes.get(edge.id);
        if (key !== undefined && known?.key === key) {
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

/** Everything a route depends on, as a string; undefined when an end is missing. */
function routeKey(edge: GRoutableElement): string | undefined {
    const source = edge.source;
    const target = edge.target;
    if (!source || !target) {
        return undefined;
    }
    const points = edge.routingPoints.map(point => `${point.x},${point.y}`).join(' ');
    return `${boxKey(source)}|${boxKey(target)}|${boxKey(edge.parent)}|${points}`;
}

/** An element's type and its box in diagram coordinates. */
function boxKey(element: GModelElement | GConnectableElement): string {
    let x = 0;
    let y = 0;
    let current: GModelElement | undefined = element;
    while (current && isBoundsAware(current)) {
        x += current.bounds.x;
        y += current.bounds.y;
        current = 'parent' in current ? (current.parent as GModelElement | undefined) : undefined;
    }
    const size = isBoundsAware(element) ? `${element.bounds.width}x${element.bounds.height}` : '';
    return `${element.type}@${x},${y},${size}`;
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
