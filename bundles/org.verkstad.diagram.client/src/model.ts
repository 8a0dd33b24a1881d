import {
    CircularNode,
    DiamondNode,
    Dimension,
    EditableLabel,
    GEdge,
    GLabel,
    GModelElement,
    GNode,
    GParentElement,
    isEditableLabel,
    withEditLabelFeature
} from '@eclipse-glsp/client';

/**
 * Labels are not selectable, so F2 and a double-click on the shape around a label reach its
 * owner; the owner hands them its first editable label.
 */
function firstEditableLabel(parent: GParentElement): (EditableLabel & GModelElement) | undefined {
    for (const child of parent.children) {
        if (child instanceof GLabel && isEditableLabel(child)) {
            return child;
        }
    }
    return undefined;
}

export class VerkstadNode extends GNode {
    static override readonly DEFAULT_FEATURES = [...GNode.DEFAULT_FEATURES, withEditLabelFeature];

    get editableLabel(): (EditableLabel & GModelElement) | undefined {
        return firstEditableLabel(this);
    }
}

/** Edges end on the circle, not on its bounding box. */
export class VerkstadCircleNode extends CircularNode {
    static override readonly DEFAULT_FEATURES = [...CircularNode.DEFAULT_FEATURES, withEditLabelFeature];

    get editableLabel(): (EditableLabel & GModelElement) | undefined {
        return firstEditableLabel(this);
    }
}

/** Edges end on the diamond, not on its bounding box. */
export class VerkstadDiamondNode extends DiamondNode {
    static override readonly DEFAULT_FEATURES = [...DiamondNode.DEFAULT_FEATURES, withEditLabelFeature];

    get editableLabel(): (EditableLabel & GModelElement) | undefined {
        return firstEditableLabel(this);
    }
}

export class VerkstadEdge extends GEdge {
    static override readonly DEFAULT_FEATURES = [...GEdge.DEFAULT_FEATURES, withEditLabelFeature];

    get editableLabel(): (EditableLabel & GModelElement) | undefined {
        return firstEditableLabel(this);
    }
}

/** The label arguments of the README; numbers may come as strings from a map of string arguments. */
export function numberArg(element: GModelElement, key: string): number | undefined {
    const value = (element as { args?: Record<string, unknown> }).args?.[key];
    if (typeof value === 'number') {
        return value;
    }
    if (typeof value === 'string' && value.trim() !== '') {
        const parsed = Number(value);
        return Number.isFinite(parsed) ? parsed : undefined;
    }
    return undefined;
}

export function stringArg(element: GModelElement, key: string): string | undefined {
    const value = (element as { args?: Record<string, unknown> }).args?.[key];
    return value === undefined || value === null ? undefined : String(value);
}

export const DEFAULT_FONT_SIZE = 13;

export function fontSizeOf(label: GModelElement): number {
    return numberArg(label, 'fontSize') ?? DEFAULT_FONT_SIZE;
}

export function lineHeightOf(label: GModelElement): number {
    return numberArg(label, 'lineHeight') ?? Math.round(fontSizeOf(label) * 1.3);
}

/**
 * A label drawn by the text, badge and icon views. The in-place editor covers the label's own
 * bounds (sprotty's default is a fixed 100×20 box) and is a text area when the label spans lines.
 */
export class VerkstadLabel extends GLabel {
    get isMultiLine(): boolean {
        return this.text.includes('\n') || this.size.height > lineHeightOf(this) * 1.5;
    }

    get editControlDimension(): Dimension {
        const lineHeight = lineHeightOf(this);
        return {
            width: Math.max(this.size.width, 80),
            height: Math.max(this.size.height, lineHeight + 4)
        };
    }
}
