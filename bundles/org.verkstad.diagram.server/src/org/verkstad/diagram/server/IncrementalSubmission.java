package org.verkstad.diagram.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.EMap;
import org.eclipse.glsp.graph.GDimension;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GEdgePlacement;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.graph.GShapeElement;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.SetDirtyStateAction;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.eclipse.glsp.server.features.validation.Marker;
import org.eclipse.glsp.server.features.validation.MarkersReason;
import org.eclipse.glsp.server.features.validation.ModelValidator;
import org.eclipse.glsp.server.features.validation.SetMarkersAction;

import com.google.inject.Singleton;

/**
 * Sends the client only what an edit changed. GLSP sends the whole diagram after every edit; for a
 * large map that is most of the time of a move. This compares the new diagram with the one the client
 * has and, when the changes lie inside containers (a step moved in its lane, a note renamed in its
 * quadrant) or are edges, sends sprotty's "update model" with just those elements (its {@code matches}).
 * Anything else (the diagram's title, a lane added) is sent whole, as before.
 */
@Singleton
public class IncrementalSubmission extends ModelSubmissionHandler {

	/** sprotty's update-model action with matches instead of a new root. */
	public static class UpdateModelMatches extends Action {
		public static final String KIND = "updateModel";
		private final List<Match> matches;
		private final boolean animate = false;

		public UpdateModelMatches(List<Match> matches) {
			super(KIND);
			this.matches = matches;
		}

		public List<Match> getMatches() {
			return matches;
		}

		public boolean isAnimate() {
			return animate;
		}
	}

	/** One replaced element: the old one by id, the new one whole, with the id of its parent. */
	public static class Match {
		final Map<String, String> left;
		final GModelElement right;
		final String leftParentId;

		/** The id of the element sent anew. */
		public String id() {
			return right.getId();
		}
		final String rightParentId;

		Match(String id, GModelElement right, String parentId) {
			this.left = Map.of("id", id);
			this.right = right;
			this.leftParentId = parentId;
			this.rightParentId = parentId;
		}
	}

	/** The elements of the diagram the client has, by id. */
	private Map<String, GModelElement> sent;

	public IncrementalSubmission() {
		// the checks run when the user pauses, not between the steps of a drag or a series of moves
		setLiveValidationDelay(400);
	}

	/**
	 * The checks of a pause, as GLSP runs them but without its status: GLSP shows "Validate Model..."
	 * (English) and then clears the page's status line, which took away the reason of a refused edit
	 * a moment after it appeared. The checks take milliseconds; their markers are what the user sees.
	 */
	@Override
	protected void performLiveValidation(ModelValidator validator) {
		List<Marker> markers = validator.validate(List.<GModelElement> of(modelState.getRoot()), MarkersReason.LIVE);
		actionDispatcher.dispatch(new SetMarkersAction(markers, MarkersReason.LIVE));
	}

	@Override
	public List<Action> submitModelDirectly(String reason) {
		GModelRoot root = modelState.getRoot();
		List<Match> matches = requestModelAction.isPresent() || sent == null ? null : matches(sent, root);
		sent = modelState.getIndex() instanceof DiagramIndex index ? index.elements() : index(root);
		if (matches == null) {
			return super.submitModelDirectly(reason);
		}
		synchronized (modelLock) {
			List<Action> result = new ArrayList<>();
			result.add(new UpdateModelMatches(matches));
			result.add(new SetDirtyStateAction(modelState.isDirty(), reason));
			validator.ifPresent(v -> result.addAll(validateModel(v)));
			return result;
		}
	}

	/**
	 * The whole diagram again, e.g. after a refused edit: the page has already drawn the move the user
	 * made, and only the server's diagram puts the element back where it is.
	 */
	public List<Action> resend(String reason) {
		sent = null;
		return submitModelDirectly(reason);
	}

	/** The elements to replace, or null when the diagram has to be sent whole. */
	public static List<Match> matches(GModelRoot before, GModelRoot after) {
		return matches(index(before), after);
	}

	/** The same, with the elements of the diagram before by id. */
	static List<Match> matches(Map<String, GModelElement> old, GModelRoot after) {
		GModelElement before = old.get(after.getId());
		if (before == null || !sameOwn(before, after) || !sameChildIds(before, after)) {
			return null;
		}
		List<Match> matches = new ArrayList<>();
		for (GModelElement child : after.getChildren()) {
			if (!compare(child, old, matches, after)) {
				return null;
			}
		}
		return matches;
	}

	/** Compares a subtree; adds a match for the highest changed element; false when that must not be a match. */
	private static boolean compare(GModelElement element, Map<String, GModelElement> old, List<Match> matches,
			GModelRoot root) {
		GModelElement before = old.get(element.getId());
		if (before == null) {
			// new elements only come with a changed parent, which is replaced whole; at the top: send it all
			return false;
		}
		if (!sameOwn(before, element) || !sameChildIds(before, element)) {
			if (element.getParent() == root && !(element instanceof GEdge)) {
				// sprotty adds a replaced element last among its siblings: a lane would then cover the edges
				return false;
			}
			matches.add(new Match(element.getId(), element, element.getParent().getId()));
			return true;
		}
		for (GModelElement child : element.getChildren()) {
			if (!compare(child, old, matches, root)) {
				return false;
			}
		}
		return true;
	}

	private static Map<String, GModelElement> index(GModelElement root) {
		Map<String, GModelElement> index = new HashMap<>();
		index(root, index);
		return index;
	}

	private static void index(GModelElement element, Map<String, GModelElement> index) {
		index.put(element.getId(), element);
		for (GModelElement child : element.getChildren()) {
			index(child, index);
		}
	}

	private static boolean sameChildIds(GModelElement a, GModelElement b) {
		List<GModelElement> as = a.getChildren();
		List<GModelElement> bs = b.getChildren();
		if (as.size() != bs.size()) {
			return false;
		}
		for (int i = 0; i < as.size(); i++) {
			if (!as.get(i).getId().equals(bs.get(i).getId())) {
				return false;
			}
		}
		return true;
	}

	/** Whether two elements look the same, their children aside. */
	private static boolean sameOwn(GModelElement a, GModelElement b) {
		if (a.eClass() != b.eClass() || !Objects.equals(a.getType(), b.getType())
				|| !a.getCssClasses().equals(b.getCssClasses()) || !sameArgs(a.getArgs(), b.getArgs())) {
			return false;
		}
		if (a instanceof GShapeElement sa && b instanceof GShapeElement sb
				&& (!samePoint(sa.getPosition(), sb.getPosition()) || !sameSize(sa.getSize(), sb.getSize()))) {
			return false;
		}
		if (a instanceof GLabel la && b instanceof GLabel lb
				&& (!Objects.equals(la.getText(), lb.getText()) || !samePlacement(la.getEdgePlacement(), lb.getEdgePlacement()))) {
			return false;
		}
		if (a instanceof GEdge ea && b instanceof GEdge eb && (!Objects.equals(ea.getSourceId(), eb.getSourceId())
				|| !Objects.equals(ea.getTargetId(), eb.getTargetId()) || !Objects.equals(ea.getRouterKind(), eb.getRouterKind())
				|| !sameRoute(ea, eb))) {
			return false;
		}
		return true;
	}

	/** An EMap's entries are objects compared by identity: compare key by key. */
	private static boolean sameArgs(EMap<String, Object> a, EMap<String, Object> b) {
		if (a.size() != b.size()) {
			return false;
		}
		for (Map.Entry<String, Object> entry : a) {
			if (!Objects.equals(entry.getValue(), b.get(entry.getKey()))) {
				return false;
			}
		}
		return true;
	}

	/** The same corners: the server routes the flows, and a move may route others anew. */
	private static boolean sameRoute(GEdge a, GEdge b) {
		if (a.getRoutingPoints().size() != b.getRoutingPoints().size()) {
			return false;
		}
		for (int i = 0; i < a.getRoutingPoints().size(); i++) {
			if (!samePoint(a.getRoutingPoints().get(i), b.getRoutingPoints().get(i))) {
				return false;
			}
		}
		return true;
	}

	private static boolean samePoint(GPoint a, GPoint b) {
		return a == null ? b == null : b != null && a.getX() == b.getX() && a.getY() == b.getY();
	}

	private static boolean sameSize(GDimension a, GDimension b) {
		return a == null ? b == null : b != null && a.getWidth() == b.getWidth() && a.getHeight() == b.getHeight();
	}

	private static boolean samePlacement(GEdgePlacement a, GEdgePlacement b) {
		return a == null ? b == null
				: b != null && Objects.equals(a.getPosition(), b.getPosition()) && Objects.equals(a.getSide(), b.getSide())
						&& Objects.equals(a.getOffset(), b.getOffset());
	}
}
