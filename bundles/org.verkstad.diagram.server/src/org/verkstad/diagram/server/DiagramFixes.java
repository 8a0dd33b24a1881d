package org.verkstad.diagram.server;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.RequestAction;
import org.eclipse.glsp.server.actions.ResponseAction;
import org.eclipse.glsp.server.operations.Operation;
import org.verkstad.core.validation.Finding;
import org.verkstad.core.validation.Fix;
import org.verkstad.core.validation.Fixes;
import org.verkstad.core.validation.ModelFix;
import org.verkstad.core.validation.Validation;
import org.verkstad.diagram.graph.Diagram;

import com.google.inject.Inject;

/**
 * Quick fix on the diagram: a click on an element's marker lists what the checks found there and the
 * fixes they know ({@link RequestFixesAction} → {@link SetFixesAction}); a chosen fix is one more edit
 * of the model ({@link ApplyFixOperation}), undone like any other. The findings are those the markers
 * show ({@link VerkstadModelValidator}), fixes that change the text only are left to the text page.
 */
public final class DiagramFixes {

	private DiagramFixes() {
	}

	/** The findings shown at a drawn element, in the markers' order. */
	static List<Finding> findingsAt(VerkstadModelState state, String elementId) {
		Diagram diagram = state.diagram();
		if (diagram == null || state.model() == null) {
			return List.of();
		}
		List<Finding> found = new ArrayList<>();
		for (Finding finding : Validation.validate(state.model().eResource())) {
			if (elementId.equals(drawnId(diagram, finding))) {
				found.add(finding);
			}
		}
		return found;
	}

	/** The drawn element a finding shows on: its element's, else the nearest drawn container's, else the diagram's. */
	static String drawnId(Diagram diagram, Finding finding) {
		for (EObject e = finding.element(); e != null; e = e.eContainer()) {
			String id = diagram.idOf(e);
			if (id != null) {
				return id;
			}
		}
		return diagram.graph().getId();
	}

	/** The fixes of the findings at a drawn element that change the model, in order. */
	static List<ModelFix> fixesAt(VerkstadModelState state, String elementId) {
		List<ModelFix> fixes = new ArrayList<>();
		for (Finding finding : findingsAt(state, elementId)) {
			for (Fix fix : Fixes.of(finding)) {
				if (fix instanceof ModelFix modelFix) {
					fixes.add(modelFix);
				}
			}
		}
		return fixes;
	}

	/** The client asks what was found at an element and what can be done about it. */
	public static class RequestFixesAction extends RequestAction<SetFixesAction> {
		public static final String KIND = "verkstadRequestFixes";

		private String elementId;

		public RequestFixesAction() {
			super(KIND);
		}

		public String getElementId() {
			return elementId;
		}
	}

	/** The messages of the findings at the element and the labels of their fixes, in the user's language. */
	public static class SetFixesAction extends ResponseAction {
		public static final String KIND = "verkstadSetFixes";

		private final List<String> problems;
		private final List<String> fixes;

		public SetFixesAction() {
			this(List.of(), List.of());
		}

		SetFixesAction(List<String> problems, List<String> fixes) {
			super(KIND);
			this.problems = problems;
			this.fixes = fixes;
		}

		public List<String> getProblems() {
			return problems;
		}

		public List<String> getFixes() {
			return fixes;
		}
	}

	/** Makes the fix at an index of the element's fixes (as {@link SetFixesAction} listed them). */
	public static class ApplyFixOperation extends Operation {
		public static final String KIND = "verkstadApplyFix";

		private String elementId;
		private int fix;

		public ApplyFixOperation() {
			super(KIND);
		}

		public String getElementId() {
			return elementId;
		}

		public int getFix() {
			return fix;
		}
	}

	public static class Request extends AbstractActionHandler<RequestFixesAction> {
		@Inject
		protected VerkstadModelState state;

		@Override
		protected List<Action> executeAction(RequestFixesAction action) {
			String id = action.getElementId() == null ? "" : action.getElementId();
			SetFixesAction answer = state.reading(() -> new SetFixesAction(
					findingsAt(state, id).stream().map(finding -> finding.message(state.locale())).toList(),
					fixesAt(state, id).stream().map(fix -> fix.label(state.locale())).toList()));
			answer.setResponseId(action.getRequestId());
			return List.of(answer);
		}
	}

	public static class Apply extends EditHandler<ApplyFixOperation> {
		@Override
		protected void edit(DiagramEditor editor, ApplyFixOperation operation) {
			List<ModelFix> fixes = fixesAt(state, operation.getElementId() == null ? "" : operation.getElementId());
			if (operation.getFix() < 0 || operation.getFix() >= fixes.size()) {
				throw new EditRefused("edit.gone");
			}
			fixes.get(operation.getFix()).change();
		}
	}
}
