package org.verkstad.process.interchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.verkstad.core.Element;
import org.verkstad.core.Link;
import org.verkstad.core.Model;
import org.verkstad.core.io.Ids;
import org.verkstad.core.io.ModelFileException;
import org.verkstad.core.io.ModelIO;
import org.verkstad.diagram.description.DiagramDescription;
import org.verkstad.diagram.description.Descriptions;
import org.verkstad.diagram.description.NodeMapping;
import org.verkstad.diagram.graph.DiagramBuilder;
import org.verkstad.diagram.layout.Box;
import org.verkstad.export.interchange.Imported;
import org.verkstad.process.Activity;
import org.verkstad.process.FlowNode;
import org.verkstad.process.Lane;
import org.verkstad.process.ProcessFactory;
import org.verkstad.process.ProcessModel;
import org.verkstad.process.SequenceFlow;
import org.verkstad.process.interchange.VerkstadData.Reference;

/**
 * Makes a process map and its layout of a {@link Sketch}: the same for a BPMN file and an activity list.
 * Ids are kept where they are valid ids of the text format; links to other models are resolved against
 * the model files of the folder the map goes into. The source's drawing becomes the layout: its own
 * coordinates when Verkstad wrote it, else scaled so that Verkstad's larger shapes keep the gaps between
 * them, each node where its centre was in its lane; nodes without a place are left to the automatic
 * layout.
 */
final class SketchBuilder {

	static final String DIAGRAM = "process";
	/** BPMN draws a lane's name in a strip this wide at its left; Verkstad's strip is wider. */
	static final double BPMN_LANE_HEADER = 30;
	private static final Pattern ID = Pattern.compile("[A-Za-z_\u00e5\u00e4\u00f6\u00c5\u00c4\u00d6\u00e9\u00fc\u00e6\u00f8\u00c6\u00d8]"
			+ "([A-Za-z_\u00e5\u00e4\u00f6\u00c5\u00c4\u00d6\u00e9\u00fc\u00e6\u00f8\u00c6\u00d8\\d]|-[A-Za-z_\u00e5\u00e4\u00f6\u00c5\u00c4\u00d6\u00e9\u00fc\u00e6\u00f8\u00c6\u00d8\\d])*");
	/** Room between the lane's title strip and the first node of a scaled drawing. */
	private static final double LEFT = 30;
	private static final double TOP = 20;

	private final Sketch sketch;
	private final Tally tally;
	private final Path folder;
	private final ResourceSet resourceSet = ModelIO.newResourceSet();
	private final Map<String, Lane> lanes = new HashMap<>();
	private final Map<String, FlowNode> nodes = new HashMap<>();
	private final List<Reference> references = new ArrayList<>();

	private SketchBuilder(Sketch sketch, Tally tally, Path folder) {
		this.sketch = sketch;
		this.tally = tally;
		this.folder = folder;
	}

	/** The map of a sketch, in a resource of {@code folder} (where links to other models are looked for). */
	static Imported.Part build(Sketch sketch, Tally tally, Path folder) {
		return new SketchBuilder(sketch, tally, folder).build();
	}

	static boolean validId(String id) {
		return id != null && ID.matcher(id).matches();
	}

	private Imported.Part build() {
		ProcessFactory factory = ProcessFactory.eINSTANCE;
		ProcessModel model = factory.createProcessModel();
		model.setId(validId(sketch.id) ? sketch.id : Ids.forModel(sketch.name == null ? "process" : sketch.name));
		model.setName(sketch.name);
		model.setDescription(sketch.description);
		apply(model, sketch.data);
		addAll(model.getNotes(), sketch.notes);
		for (Sketch.Lane l : sketch.lanes) {
			Lane lane = factory.createLane();
			lane.setId(validId(l.id()) ? l.id() : null);
			lane.setName(l.name());
			model.getLanes().add(lane);
			lanes.put(l.id(), lane);
		}
		for (Sketch.Node n : sketch.nodes.values()) {
			FlowNode node = switch (n.kind) {
			case ACTIVITY -> factory.createActivity();
			case START -> factory.createStartEvent();
			case END -> factory.createEndEvent();
			case DECISION -> factory.createDecision();
			case PARALLEL -> factory.createParallel();
			};
			node.setId(validId(n.id) ? n.id : null);
			node.setName(n.name);
			node.setDescription(n.description);
			apply(node, n.data);
			addAll(node.getNotes(), n.notes);
			if (node instanceof Activity activity) {
				addAll(activity.getSystems(), n.systems);
				addAll(activity.getDocuments(), n.documents);
			}
			Lane lane = n.lane == null ? null : lanes.get(n.lane);
			(lane != null ? lane.getNodes() : model.getNodes()).add(node);
			nodes.put(n.id, node);
		}
		for (Sketch.Flow f : sketch.flows) {
			SequenceFlow flow = factory.createSequenceFlow();
			flow.setId(validId(f.id) ? f.id : null);
			flow.setSource(nodes.get(f.source));
			flow.setTarget(nodes.get(f.target));
			flow.setCondition(f.condition);
			flow.setDescription(f.description);
			apply(flow, f.data);
			model.getFlows().add(flow);
		}
		Resource resource = resourceSet.createResource(URI.createFileURI(folder.resolve(model.getId() + ".process").toAbsolutePath().toString()));
		resource.getContents().add(model);
		resolve(model);
		Ids.ensure(model);
		Map<String, Map<String, Box>> layout = new TreeMap<>();
		Map<String, Box> boxes = layout.computeIfAbsent(DIAGRAM, d -> new TreeMap<>());
		place(boxes);
		return new Imported.Part(sketch.name, model, layout);
	}

	private void apply(EObject element, List<Sketch.Data> data) {
		for (String unknown : VerkstadData.apply(element, data, references)) {
			tally.note(0, "import.unknownData", unknown, element instanceof Element e && e.getName() != null ? e.getName() : element.eClass().getName());
		}
	}

	private static void addAll(EList<String> list, List<String> values) {
		values.stream().filter(v -> !list.contains(v)).forEach(list::add);
	}

	/** Links and the as-is map by the names the text format gives them: in this map, else in the folder's. */
	private void resolve(ProcessModel model) {
		if (references.isEmpty()) {
			return;
		}
		Map<String, EObject> own = new HashMap<>();
		model.eAllContents().forEachRemaining(o -> {
			if (o instanceof Element e && e.getId() != null) {
				own.putIfAbsent(e.getId(), o);
			}
		});
		Map<String, Model> others = null;
		for (Reference reference : references) {
			EObject target = own.get(reference.name());
			if (target == null) {
				if (others == null) {
					others = siblings(model);
				}
				target = find(others, reference.name());
			}
			if (target != null && reference.feature().getEReferenceType().isInstance(target)) {
				reference.owner().eSet(reference.feature(), target);
			} else {
				tally.left("kind.link");
				tally.note(0, "import.unresolved", reference.name());
				if (reference.owner() instanceof Link) {
					EcoreUtil.remove(reference.owner());
				}
			}
		}
	}

	private Map<String, Model> siblings(ProcessModel model) {
		Map<String, Model> models = new HashMap<>();
		if (folder == null) {
			return models;
		}
		for (Path file : ModelIO.siblings(resourceSet, folder.resolve(model.getId() + ".process"))) {
			try {
				Model other = ModelIO.load(resourceSet, file);
				if (other.getId() != null && other != model) {
					models.putIfAbsent(other.getId(), other);
				}
			} catch (ModelFileException e) {
				// a file that cannot be read holds nothing to link to
			}
		}
		return models;
	}

	private static EObject find(Map<String, Model> models, String name) {
		int dot = name.indexOf('.');
		if (dot < 0) {
			return models.get(name);
		}
		Model model = models.get(name.substring(0, dot));
		String id = name.substring(dot + 1);
		if (model == null) {
			return null;
		}
		for (var it = model.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Element e && id.equals(e.getId())) {
				return e;
			}
		}
		return null;
	}

	// --- layout ---

	/** The nodes' boxes, relative to their lane as the layout file keeps them. */
	private void place(Map<String, Box> boxes) {
		DiagramDescription description = Descriptions.byType(DIAGRAM).orElseThrow();
		Map<String, Box> laneBoxes = new HashMap<>();
		sketch.lanes.forEach(l -> {
			if (l.box() != null) {
				laneBoxes.put(l.id(), turn(l.box()));
			}
		});
		Box pool = sketch.pool == null ? null : turn(sketch.pool);
		double left = Double.MAX_VALUE;
		double top = Double.MAX_VALUE;
		List<Double> widths = new ArrayList<>();
		List<Double> heights = new ArrayList<>();
		for (Sketch.Node n : sketch.nodes.values()) {
			if (n.box != null) {
				Box b = turn(n.box);
				left = Math.min(left, b.x());
				top = Math.min(top, b.y());
				if (n.kind == Sketch.Kind.ACTIVITY) {
					widths.add(b.width());
					heights.add(b.height());
				}
			}
		}
		NodeMapping activity = mapping(description, "Activity");
		double sx = sketch.own ? 1 : Math.max(1, activity.width() / median(widths, activity.width()));
		double sy = sketch.own ? 1 : Math.max(1, activity.height() / median(heights, activity.height()));
		for (Sketch.Node n : sketch.nodes.values()) {
			FlowNode node = nodes.get(n.id);
			if (n.box == null || node == null) {
				continue;
			}
			Box b = turn(n.box);
			Box lane = n.lane != null && lanes.containsKey(n.lane) ? laneBoxes.get(n.lane) : pool;
			double laneTop = lane != null ? lane.y() : top - TOP;
			if (sketch.own) {
				double laneLeft = lane != null ? lane.x() - DiagramBuilder.LANE_HEADER + BPMN_LANE_HEADER : left - DiagramBuilder.LANE_HEADER - LEFT;
				boxes.put(node.getId(), new Box(b.x() - laneLeft, b.y() - laneTop, b.width(), b.height()));
				continue;
			}
			NodeMapping m = mapping(description, node.eClass().getName());
			double cx = DiagramBuilder.LANE_HEADER + LEFT + (b.centerX() - left) * sx;
			double cy = (b.centerY() - laneTop) * sy;
			double y = Math.max(TOP / 2, cy - m.height() / 2.0);
			boxes.put(node.getId(), new Box(cx - m.width() / 2.0, y, m.width(), m.height()));
		}
	}

	/** A box of the source's drawing, turned to run left to right when its lanes run top to bottom. */
	private Box turn(Box b) {
		return sketch.vertical ? new Box(b.y(), b.x(), b.height(), b.width()) : b;
	}

	private static NodeMapping mapping(DiagramDescription description, String eClass) {
		return description.allNodes().stream().filter(m -> eClass.equals(m.eClass())).findFirst().orElseThrow();
	}

	private static double median(List<Double> values, double otherwise) {
		if (values.isEmpty()) {
			return otherwise;
		}
		List<Double> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}
}
