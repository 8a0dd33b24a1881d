import {
    BindingContext,
    CircularNodeView,
    ConsoleLogger,
    ContainerConfiguration,
    CustomFeatures,
    FeatureModule,
    GGraph,
    GLSPManhattanEdgeRouter,
    GLSPPolylineEdgeRouter,
    GGraphView,
    GModelElement,
    GModelElementRegistration,
    GNode,
    GlspEditLabelUI,
    IActionHandler,
    IView,
    LogLevel,
    RectangularNodeView,
    RequestPopupModelAction,
    SetDirtyStateAction,
    ModelInitializationConstraint,
    SetModelCommand,
    TypeHintProvider,
    TYPES,
    bindOrRebind,
    FeedbackAwareUpdateModelCommand,
    configureActionHandler,
    configureDefaultModelElements,
    configureModelElement,
    editLabelFeature,
    initializeDiagramContainer,
    moveFeature,
    overrideModelElement,
    selectFeature
} from '@eclipse-glsp/client';
import { Container, injectable, interfaces } from 'inversify';
import { VerkstadConfig } from './config';
import { VerkstadEditLabelUI } from './edit-label';
import { PatchingUpdateModelCommand } from './update-model';
import { CachingManhattanEdgeRouter, CachingPolylineEdgeRouter } from './routing';
import { HintsFirstTypeHintProvider, VerkstadModelInitializationConstraint, VerkstadSetModelCommand } from './set-model';
import { VerkstadCircleNode, VerkstadDiamondNode, VerkstadEdge, VerkstadLabel, VerkstadNode } from './model';
import { VerkstadPage } from './page';
import { DirtyStateHandler, DrawingTracker } from './tracking';
import {
    ArrowEdgeView,
    BadgeView,
    CurveView,
    DiamondView,
    FrameView,
    IconView,
    LaneView,
    LineEdgeView,
    NoteView,
    RoundedNodeView,
    TextView
} from './views';

/**
 * Hovering asks for a popup, which GLSP forwards to the server only if the server handles it.
 * Without popups on the server every hover would end in a "missing handler" error; with them,
 * this handler simply runs beside the server's.
 */
@injectable()
export class IgnorePopupRequests implements IActionHandler {
    handle(): void {
        // nothing to show
    }
}

interface ViewBinding {
    model: new () => GModelElement;
    view: interfaces.ServiceIdentifier<IView>;
    label?: boolean;
    features?: CustomFeatures;
}

/** The fixed vocabulary of views (README, "Views"): the server picks one per element type. */
export const VIEWS: Readonly<Record<string, ViewBinding>> = {
    graph: { model: GGraph, view: GGraphView },
    rect: { model: VerkstadNode, view: RectangularNodeView },
    rounded: { model: VerkstadNode, view: RoundedNodeView },
    circle: { model: VerkstadCircleNode, view: CircularNodeView },
    diamond: { model: VerkstadDiamondNode, view: DiamondView },
    note: { model: VerkstadNode, view: NoteView },
    lane: { model: VerkstadNode, view: LaneView },
    frame: { model: VerkstadNode, view: FrameView },
    curve: { model: GNode, view: CurveView, features: { disable: [selectFeature, moveFeature] } },
    text: { model: VerkstadLabel, view: TextView, label: true },
    badge: { model: VerkstadLabel, view: BadgeView, label: true },
    icon: { model: VerkstadLabel, view: IconView, label: true },
    arrow: { model: VerkstadEdge, view: ArrowEdgeView },
    line: { model: VerkstadEdge, view: LineEdgeView }
};

let defaultTypes: Set<string> | undefined;

/**
 * The types `configureDefaultModelElements` registers. A notation may reuse one of them (say
 * `graph`), and registering a taken type twice throws, so those have to be overridden instead.
 * Asking a scratch container keeps this exact whatever the GLSP version registers.
 */
function typesRegisteredByDefault(): Set<string> {
    if (!defaultTypes) {
        const scratch = new Container();
        configureDefaultModelElements({ bind: scratch.bind.bind(scratch), isBound: scratch.isBound.bind(scratch) });
        const registrations = scratch.getAll<GModelElementRegistration>(TYPES.SModelElementRegistration);
        defaultTypes = new Set(registrations.map(registration => registration.type));
    }
    return defaultTypes;
}

/** The views the server knows and this page cannot draw: none, unless the two are of different builds. */
export function missingViews(serverViews: readonly string[] | undefined): string[] {
    return (serverViews ?? []).filter(view => !Object.prototype.hasOwnProperty.call(VIEWS, view));
}

export function configureTypes(context: BindingContext, config: VerkstadConfig): void {
    const missing = missingViews(config.views);
    if (missing.length > 0) {
        throw new Error(`Verkstad: this page cannot draw the views ${missing.join(', ')} of the server`);
    }
    const taken = typesRegisteredByDefault();
    for (const [type, typeConfig] of Object.entries(config.types ?? {})) {
        const binding = VIEWS[typeConfig.view];
        if (!binding) {
            console.warn(`Verkstad: type '${type}' asks for the unknown view '${typeConfig.view}'`);
            continue;
        }
        const features: CustomFeatures | undefined =
            binding.label && typeConfig.editable ? { enable: [editLabelFeature], ...binding.features } : binding.features;
        const configure = taken.has(type) ? overrideModelElement : configureModelElement;
        configure(context, type, binding.model, binding.view, features);
    }
}

export function createVerkstadModule(config: VerkstadConfig): FeatureModule {
    return new FeatureModule(
        (bind, unbind, isBound, rebind) => {
            const context = { bind, unbind, isBound, rebind };
            bindOrRebind(context, TYPES.ILogger).to(ConsoleLogger).inSingletonScope();
            bindOrRebind(context, TYPES.LogLevel).toConstantValue(LogLevel.warn);
            // server updates with only the changed elements patch the shown model (see update-model.ts)
            bindOrRebind(context, FeedbackAwareUpdateModelCommand).to(PatchingUpdateModelCommand);
            // routes are reused while an edge's ends stay where they are (see routing.ts)
            bindOrRebind(context, GLSPManhattanEdgeRouter).to(CachingManhattanEdgeRouter).inSingletonScope();
            bindOrRebind(context, GLSPPolylineEdgeRouter).to(CachingPolylineEdgeRouter).inSingletonScope();
            // one drawing when a model is set (see set-model.ts)
            bindOrRebind(context, SetModelCommand).to(VerkstadSetModelCommand);
            bindOrRebind(context, ModelInitializationConstraint).to(VerkstadModelInitializationConstraint).inSingletonScope();
            bindOrRebind(context, TypeHintProvider).to(HintsFirstTypeHintProvider).inSingletonScope();
            bind(VerkstadConfig).toConstantValue(config);
            configureDefaultModelElements(context);
            configureTypes(context, config);
            bindOrRebind(context, GlspEditLabelUI).to(VerkstadEditLabelUI).inSingletonScope();
            bind(IgnorePopupRequests).toSelf().inSingletonScope();
            configureActionHandler(context, RequestPopupModelAction.KIND, IgnorePopupRequests);
        },
        { featureId: Symbol('verkstad') }
    );
}

/** Connects a diagram container to the page's toolbar and hooks (see {@link VerkstadPage}). */
export function createPageModule(page: VerkstadPage): FeatureModule {
    return new FeatureModule(
        (bind, unbind, isBound, rebind) => {
            const context = { bind, unbind, isBound, rebind };
            bind(VerkstadPage).toConstantValue(page);
            bind(DirtyStateHandler).toSelf().inSingletonScope();
            configureActionHandler(context, SetDirtyStateAction.KIND, DirtyStateHandler);
            bind(DrawingTracker).toSelf().inSingletonScope();
            bind(TYPES.IDiagramStartup).toService(DrawingTracker);
            bind(TYPES.IGModelRootListener).toService(DrawingTracker);
        },
        { featureId: Symbol('verkstadPage') }
    );
}

export function createVerkstadContainer(config: VerkstadConfig, ...containerConfiguration: ContainerConfiguration): Container {
    return initializeDiagramContainer(new Container(), createVerkstadModule(config), ...containerConfiguration);
}
