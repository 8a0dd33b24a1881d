/** @jsx svg */
import {
    CornerRadius,
    GEdge,
    GEdgeView,
    GLabel,
    GNode,
    GShapeElement,
    Hoverable,
    Point,
    RenderingContext,
    RoundedCornerNodeView,
    RoundedCornerWrapper,
    Selectable,
    ShapeView,
    Dimension,
    angleOfPoint,
    getAbsoluteRouteBounds,
    isEdgeLayoutable,
    svg,
    toDegrees
} from '@eclipse-glsp/client';
import { inject, injectable } from 'inversify';
import { VerkstadConfig } from './config';
import { fontSizeOf, lineHeightOf, numberArg, stringArg } from './model';

type VNode = ReturnType<typeof svg>;
type Shape = Readonly<GShapeElement & Hoverable & Selectable>;

function width(element: Readonly<GShapeElement>): number {
    return Math.max(element.size.width, 0);
}

function height(element: Readonly<GShapeElement>): number {
    return Math.max(element.size.height, 0);
}

/** Sprotty's marker classes, so selection and hover look the same on every shape. */
function shapeClasses(node: Shape): Record<string, boolean> {
    return { 'sprotty-node': true, selected: node.selected, mouseover: node.hoverFeedback };
}

/** `rounded` without radius arguments still has to look rounded. */
@injectable()
export class RoundedNodeView extends RoundedCornerNodeView {
    static readonly DEFAULT_RADIUS = 8;

    protected override renderWithoutRadius(node: Shape, context: RenderingContext): VNode | undefined {
        const wrapper = new RoundedCornerWrapper(node, new CornerRadius(RoundedNodeView.DEFAULT_RADIUS));
        return (
            <g class-node={true}>
                {this.renderPathNode(wrapper, context)}
                {context.renderChildren(node)}
            </g>
        );
    }
}

/**
 * A diamond (a decision) with, when the server names one, a glyph in its middle: a contributed icon drawn
 * half as large as the diamond (the plus of a parallel split or join). The export draws it the same way.
 */
@injectable()
export class DiamondView extends ShapeView {
    @inject(VerkstadConfig) protected config!: VerkstadConfig;

    render(node: Readonly<GNode>, context: RenderingContext): VNode | undefined {
        if (!this.isVisible(node, context)) {
            return undefined;
        }
        const w = width(node);
        const h = height(node);
        const name = stringArg(node, 'glyph');
        const path = name === undefined ? undefined : this.config.icons?.[name];
        const scale = Math.min(w, h) / 2 / 16;
        return (
            <g>
                <polygon class={shapeClasses(node)} points={`${w / 2},0 ${w},${h / 2} ${w / 2},${h} 0,${h / 2}`} />
                {path ? <path class-verkstad-glyph={true} d={path} transform={`translate(${(w - 16 * scale) / 2},${(h - 16 * scale) / 2}) scale(${scale})`} /> : undefined}
                {context.renderChildren(node)}
            </g>
        );
    }
}

@injectable()
export class NoteView extends ShapeView {
    render(node: Readonly<GNode>, context: RenderingContext): VNode | undefined {
        if (!this.isVisible(node, context)) {
            return undefined;
        }
        const w = width(node);
        const h = height(node);
        const fold = Math.min(14, w / 4, h / 4);
        return (
            <g class-verkstad-note={true}>
                <path class={shapeClasses(node)} d={`M0,0 H${w - fold} L${w},${fold} V${h} H0 Z`} />
                <path class-verkstad-note-fold={true} d={`M${w - fold},0 V${fold} H${w} Z`} />
                {context.renderChildren(node)}
            </g>
        );
    }
}

@injectable()
export class LaneView extends ShapeView {
    render(node: Readonly<GNode>, context: RenderingContext): VNode | undefined {
        if (!this.isVisible(node, context)) {
            return undefined;
        }
        const w = width(node);
        const h = height(node);
        const header = Math.min(numberArg(node, 'headerWidth') ?? 0, w);
        return (
            <g class-verkstad-lane={true}>
                <rect class={shapeClasses(node)} x={0} y={0} width={w} height={h} />
                {/* inset so that the body's outline (and the selection) stays visible around the strip */}
                <rect class-verkstad-lane-header={true} x={0.75} y={0.75} width={Math.max(header - 0.75, 0)} height={Math.max(h - 1.5, 0)} />
                {context.renderChildren(node)}
            </g>
        );
    }
}

@injectable()
export class FrameView extends ShapeView {
    render(node: Readonly<GNode>, context: RenderingContext): VNode | undefined {
        if (!this.isVisible(node, context)) {
            return undefined;
        }
        const w = width(node);
        const h = height(node);
        const header = Math.min(numberArg(node, 'headerHeight') ?? 0, h);
        return (
            <g class-verkstad-frame={true}>
                <rect class={shapeClasses(node)} x={0} y={0} width={w} height={h} />
                <rect class-verkstad-frame-header={true} x={0.75} y={0.75} width={Math.max(w - 1.5, 0)} height={Math.max(header - 0.75, 0)} />
                {context.renderChildren(node)}
            </g>
        );
    }
}

/** `"x,y x,y …"`; anything that is not a pair of numbers is skipped rather than drawn at NaN. */
export function parsePoints(points: string | undefined): Point[] {
    const result: Point[] = [];
    for (const pair of (points ?? '').trim().split(/\s+/)) {
        const [x, y] = pair.split(',').map(Number);
        if (Number.isFinite(x) && Number.isFinite(y)) {
            result.push({ x, y });
        }
    }
    return result;
}

@injectable()
export class CurveView extends ShapeView {
    render(node: Readonly<GNode>, context: RenderingContext): VNode | undefined {
        if (!this.isVisible(node, context)) {
            return undefined;
        }
        const points = parsePoints(stringArg(node, 'points'));
        return (
            <g class-verkstad-curve={true}>
                <polyline class-verkstad-curve-line={true} points={points.map(p => `${p.x},${p.y}`).join(' ')} />
                {points.map(p => (
                    <circle class-verkstad-curve-point={true} cx={p.x} cy={p.y} r={3} />
                ))}
                {context.renderChildren(node)}
            </g>
        );
    }
}

/** Draws `text` as the README specifies: one tspan per line, baseline i at (i + 0.8) × lineHeight. */
function renderLines(label: Readonly<GLabel>): VNode {
    const fontSize = fontSizeOf(label);
    const lineHeight = lineHeightOf(label);
    const middle = stringArg(label, 'align') === 'middle';
    const x = middle ? width(label) / 2 : 0;
    // inline style: glsp-sprotty.css centres and sizes every `.sprotty text`, and CSS beats SVG attributes
    return (
        <text class-sprotty-label={true} class-verkstad-label={true} style={{ fontSize: `${fontSize}px`, textAnchor: middle ? 'middle' : 'start' }}>
            {label.text.split('\n').map((line, i) => (
                <tspan x={x} y={(i + 0.8) * lineHeight}>
                    {line}
                </tspan>
            ))}
        </text>
    );
}

abstract class LabelView extends ShapeView {
    render(label: Readonly<GLabel>, context: RenderingContext): VNode | undefined {
        // edge labels are placed by the edge layout, their own bounds say nothing about visibility
        if (!isEdgeLayoutable(label) && !this.isVisible(label, context)) {
            return undefined;
        }
        return this.renderLabel(label);
    }

    protected abstract renderLabel(label: Readonly<GLabel>): VNode;
}

@injectable()
export class TextView extends LabelView {
    protected renderLabel(label: Readonly<GLabel>): VNode {
        return <g class-verkstad-text={true}>{renderLines(label)}</g>;
    }
}

@injectable()
export class BadgeView extends LabelView {
    protected renderLabel(label: Readonly<GLabel>): VNode {
        const h = height(label);
        return (
            <g class-verkstad-badge={true}>
                <rect class-verkstad-badge-pill={true} x={0} y={0} width={width(label)} height={h} rx={h / 2} ry={h / 2} />
                {renderLines(label)}
            </g>
        );
    }
}

@injectable()
export class IconView extends LabelView {
    @inject(VerkstadConfig) protected config!: VerkstadConfig;

    protected renderLabel(label: Readonly<GLabel>): VNode {
        const name = stringArg(label, 'icon');
        const path = name === undefined ? undefined : this.config.icons?.[name];
        const w = width(label);
        const h = height(label);
        // the icons are drawn on a 16×16 grid; keep them square and centred in the label's bounds
        const scale = Math.min(w, h) / 16;
        const dx = (w - 16 * scale) / 2;
        const dy = (h - 16 * scale) / 2;
        return (
            <g class-verkstad-icon={true}>
                {label.text ? <title>{label.text}</title> : undefined}
                <rect class-verkstad-icon-area={true} x={0} y={0} width={w} height={h} />
                {path ? <path class-verkstad-icon-path={true} d={path} transform={`translate(${dx},${dy}) scale(${scale})`} /> : undefined}
            </g>
        );
    }
}

/** Room around a route for its labels (a condition beside it), in screen pixels. */
const LABEL_ROOM = 200;

/**
 * GLSP's edge view draws every edge, wherever it is; sprotty's node views leave out what is outside the
 * view. A 500-step map at its first size showed 8 nodes but put all 651 flows with their labels in the
 * page (3,800 of its 4,100 elements), at the first drawing and at every one after (a scroll, a move).
 * An edge is drawn when its route, widened by room for its labels, is in the view; a scroll or zoom
 * draws again and brings in what comes into view.
 */
abstract class CulledEdgeView extends GEdgeView {
    override render(edge: Readonly<GEdge>, context: RenderingContext): VNode {
        const route = this.edgeRouterRegistry.get(edge.routerKind).route(edge);
        if (route.length === 0) {
            return this.renderDanglingEdge('Cannot compute route', edge, context);
        }
        if (!this.inView(edge, route, context)) {
            // nothing, as sprotty's views give for what is out of view (GLSP's edge view declares a drawing always)
            return undefined as unknown as VNode;
        }
        return (
            <g class-sprotty-edge={true} class-mouseover={edge.hoverFeedback} {...this.additionalClasses(edge, context)}>
                {this.renderLine(edge, route, context)}
                {this.renderAdditionals(edge, route, context)}
                {context.renderChildren(edge, { route })}
            </g>
        );
    }

    protected inView(edge: Readonly<GEdge>, route: Point[], context: RenderingContext): boolean {
        const canvas = edge.root.canvasBounds;
        if (context.targetKind === 'hidden' || !Dimension.isValid(canvas)) {
            return true;
        }
        const box = getAbsoluteRouteBounds(edge, route);
        return box.x - LABEL_ROOM <= canvas.width && box.x + box.width + LABEL_ROOM >= 0
            && box.y - LABEL_ROOM <= canvas.height && box.y + box.height + LABEL_ROOM >= 0;
    }
}

@injectable()
export class ArrowEdgeView extends CulledEdgeView {
    // spread as JSX attributes by GEdgeView, hence the `class-` prefix
    protected override additionalClasses(): Record<string, boolean> {
        return { 'class-verkstad-arrow': true };
    }

    protected override renderAdditionals(edge: GEdge, segments: Point[], context: RenderingContext): VNode[] {
        const additionals = super.renderAdditionals(edge, segments, context);
        if (segments.length >= 2) {
            const p1 = segments[segments.length - 2];
            const p2 = segments[segments.length - 1];
            const angle = toDegrees(angleOfPoint(Point.subtract(p1, p2)));
            additionals.push(
                <path
                    class-sprotty-edge={true}
                    class-arrow={true}
                    d='M 0,0 L 10,-4 L 10,4 Z'
                    transform={`rotate(${angle} ${p2.x} ${p2.y}) translate(${p2.x} ${p2.y})`}
                />
            );
        }
        return additionals;
    }
}

@injectable()
export class LineEdgeView extends CulledEdgeView {
    protected override additionalClasses(): Record<string, boolean> {
        return { 'class-verkstad-line': true };
    }
}
