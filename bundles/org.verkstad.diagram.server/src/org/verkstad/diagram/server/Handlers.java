package org.verkstad.diagram.server;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;

import org.eclipse.glsp.graph.GDimension;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.operations.ChangeContainerOperation;
import org.eclipse.glsp.server.operations.ChangeRoutingPointsOperation;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.eclipse.glsp.server.operations.LayoutOperation;
import org.eclipse.glsp.server.operations.ReconnectEdgeOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.verkstad.diagram.description.DiagramDescription;

import com.google.inject.Inject;

/** The operations a diagram handles, each a thin translation to the {@link DiagramEditor}. */
public final class Handlers {

	private Handlers() {
	}

	/** The mapping id of a client element type {@code <diagram>:<mapping>}. */
	static String mappingOf(DiagramDescription description, String type) {
		String prefix = description.type() + ":";
		return type != null && type.startsWith(prefix) ? type.substring(prefix.length()) : type;
	}

	public static class CreateNode extends EditHandler<CreateNodeOperation>
			implements CreateOperationHandler<CreateNodeOperation> {

		@Inject
		protected DiagramDescription description;

		@Override
		public List<String> getHandledElementTypeIds() {
			return description.allNodes().stream().filter(m -> m.tool() != null).map(m -> description.typeOf(m.id()))
					.distinct().toList();
		}

		@Override
		protected void edit(DiagramEditor editor, CreateNodeOperation operation) {
			GPoint at = operation.getLocation().orElse(null);
			editor.createNode(mappingOf(description, operation.getElementTypeId()), operation.getContainerId(),
					at == null ? 40 : at.getX(), at == null ? 40 : at.getY());
		}
	}

	public static class CreateEdge extends EditHandler<CreateEdgeOperation>
			implements CreateOperationHandler<CreateEdgeOperation> {

		@Inject
		protected DiagramDescription description;

		@Override
		public List<String> getHandledElementTypeIds() {
			return description.edges().stream().map(e -> description.typeOf(e.id())).toList();
		}

		@Override
		protected void edit(DiagramEditor editor, CreateEdgeOperation operation) {
			editor.createEdge(mappingOf(description, operation.getElementTypeId()), operation.getSourceElementId(),
					operation.getTargetElementId());
		}
	}

	public static class Delete extends EditHandler<DeleteOperation> {
		@Override
		protected void edit(DiagramEditor editor, DeleteOperation operation) {
			editor.delete(operation.getElementIds() == null ? List.of() : operation.getElementIds());
		}
	}

	public static class ChangeBounds extends EditHandler<ChangeBoundsOperation> {
		@Override
		protected void edit(DiagramEditor editor, ChangeBoundsOperation operation) {
			for (ElementAndBounds bounds : operation.getNewBounds()) {
				GPoint position = bounds.getNewPosition();
				GDimension size = bounds.getNewSize();
				if (position == null) {
					throw new EditRefused("edit.gone");
				}
				editor.move(bounds.getElementId(), position.getX(), position.getY(),
						size == null ? -1 : size.getWidth(), size == null ? -1 : size.getHeight());
			}
		}
	}

	/** A node dropped into another container: the same as a move to the drop point. */
	public static class ChangeContainer extends EditHandler<ChangeContainerOperation> {
		@Override
		protected void edit(DiagramEditor editor, ChangeContainerOperation operation) {
			GPoint at = operation.getLocation().orElseThrow(() -> new EditRefused("edit.gone"));
			String parent = state.diagram().parent(operation.getElementId());
			double px = parent == null ? 0 : state.diagram().absolute(parent).x();
			double py = parent == null ? 0 : state.diagram().absolute(parent).y();
			editor.move(operation.getElementId(), at.getX() - px, at.getY() - py, -1, -1);
		}
	}

	/**
	 * The route the page drew for a flow whose end was moved, sent along with the move. A flow's route is
	 * drawn by the page from the boxes of its ends and is not kept, so this changes nothing; the move
	 * itself is done by {@link ChangeBounds}.
	 */
	public static class RoutingPoints extends BasicOperationHandler<ChangeRoutingPointsOperation> {
		@Override
		public Optional<Command> createCommand(ChangeRoutingPointsOperation operation) {
			return doNothing();
		}
	}

	public static class Reconnect extends EditHandler<ReconnectEdgeOperation> {
		@Override
		protected void edit(DiagramEditor editor, ReconnectEdgeOperation operation) {
			editor.reconnect(operation.getEdgeElementId(), operation.getSourceElementId(), operation.getTargetElementId());
		}
	}

	public static class LabelEdit extends EditHandler<ApplyLabelEditOperation> {
		@Override
		protected void edit(DiagramEditor editor, ApplyLabelEditOperation operation) {
			editor.rename(operation.getLabelId(), operation.getText());
		}
	}

	public static class Layout extends EditHandler<LayoutOperation> {
		@Override
		protected void edit(DiagramEditor editor, LayoutOperation operation) {
			editor.layoutAll();
		}
	}
}
