package org.verkstad.diagram.server;

import org.eclipse.glsp.server.actions.ActionHandler;
import org.eclipse.glsp.server.di.DiagramModule;
import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.features.directediting.LabelEditValidator;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.eclipse.glsp.server.features.validation.ModelValidator;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.operations.OperationHandler;
import org.eclipse.glsp.server.operations.LayoutOperationHandler;
import org.verkstad.diagram.description.DiagramDescription;

/**
 * The GLSP bindings of one diagram type. Every diagram type gets the same classes; only the
 * description differs.
 */
public class VerkstadDiagramModule extends DiagramModule {

	private final DiagramDescription description;
	private final ServeSettings settings;

	public VerkstadDiagramModule(DiagramDescription description, ServeSettings settings) {
		this.description = description;
		this.settings = settings;
	}

	@Override
	protected void configureBase() {
		super.configureBase();
		bind(DiagramDescription.class).toInstance(description);
		bind(ServeSettings.class).toInstance(settings);
		bind(ModelSubmissionHandler.class).to(IncrementalSubmission.class);
	}

	@Override
	public String getDiagramType() {
		return description.type();
	}

	@Override
	protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
		return VerkstadDiagramConfiguration.class;
	}

	@Override
	protected Class<? extends GModelState> bindGModelState() {
		return VerkstadModelState.class;
	}

	@Override
	protected Class<? extends SourceModelStorage> bindSourceModelStorage() {
		return VerkstadSourceModelStorage.class;
	}

	@Override
	protected Class<? extends GModelFactory> bindGModelFactory() {
		return VerkstadGModelFactory.class;
	}

	@Override
	protected Class<? extends ModelValidator> bindModelValidator() {
		return VerkstadModelValidator.class;
	}

	@Override
	protected Class<? extends LabelEditValidator> bindLabelEditValidator() {
		return VerkstadLabelEditValidator.class;
	}

	@Override
	protected Class<? extends ToolPaletteItemProvider> bindToolPaletteItemProvider() {
		return VerkstadToolPalette.class;
	}

	@Override
	protected void configureActionHandlers(MultiBinding<ActionHandler> binding) {
		super.configureActionHandlers(binding);
		binding.add(SessionTask.Handler.class);
		binding.add(Selection.class);
		binding.add(DiagramFixes.Request.class);
	}

	@Override
	protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
		super.configureOperationHandlers(binding);
		binding.remove(LayoutOperationHandler.class);
		binding.add(Handlers.CreateNode.class);
		binding.add(Handlers.CreateEdge.class);
		binding.add(Handlers.Delete.class);
		binding.add(Handlers.ChangeBounds.class);
		binding.add(Handlers.ChangeContainer.class);
		binding.add(Handlers.RoutingPoints.class);
		binding.add(Handlers.Reconnect.class);
		binding.add(Handlers.LabelEdit.class);
		binding.add(Handlers.Layout.class);
		binding.add(DiagramFixes.Apply.class);
	}
}
