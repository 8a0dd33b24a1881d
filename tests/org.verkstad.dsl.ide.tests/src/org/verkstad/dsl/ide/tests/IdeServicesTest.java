package org.verkstad.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.TextRegion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verkstad.dsl.ide.IdeServices;
import org.verkstad.dsl.ide.highlighting.VerkstadHighlighting;

import com.google.inject.Injector;

/** The editor services of the text format, used in-process as the workbench editor will use them. */
class IdeServicesTest {

	private static final String PROCESS = """
			process handlaggning "Handläggning" {
				lane l "Handläggare" {
					start s "Ansökan kommer in"
					activity granska "Granskar ansökan" {
						description "Kontroll mot detaljplanen"
					}
					end e "Beslut"
				}
				flow s -> granska
				flow granska -> e
			}
			""";

	private static Injector injector;
	private static ExecutorService pool;
	private XtextResourceSet resourceSet;

	@BeforeAll
	static void setUp() {
		injector = IdeServices.injector("process").orElseThrow();
		pool = Executors.newSingleThreadExecutor();
	}

	@AfterAll
	static void tearDown() {
		pool.shutdownNow();
	}

	private XtextResource parse(String name, String text) throws Exception {
		if (resourceSet == null) {
			resourceSet = injector.getInstance(XtextResourceSet.class);
		}
		// made by the editor services of its notation, as the text page makes it: content assist compares
		// the parsed text's grammar elements with its own
		URI uri = URI.createURI("memory:/" + name);
		XtextResource resource = IdeServices.injector(uri.fileExtension()).orElseThrow().getInstance(XtextResource.class);
		resource.setURI(uri);
		resourceSet.getResources().add(resource);
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
		return resource;
	}

	/** Content assist with the editor services of the resource's notation (a journey's for a journey). */
	private List<String> proposals(XtextResource resource, String text, int offset) {
		Injector services = IdeServices.injector(resource.getURI().fileExtension()).orElseThrow();
		ContentAssistContextFactory factory = services.getInstance(ContentAssistContextFactory.class);
		factory.setPool(pool);
		IdeContentProposalProvider provider = services.getInstance(IdeContentProposalProvider.class);
		List<String> found = new ArrayList<>();
		provider.createProposals(List.of(factory.create(text, new TextRegion(offset, 0), offset, resource)),
				new IIdeContentProposalAcceptor() {
					@Override
					public void accept(ContentAssistEntry entry, int priority) {
						found.add(entry.getProposal());
					}

					@Override
					public boolean canAcceptMoreProposals() {
						return true;
					}
				});
		return found;
	}

	@Test
	void contentAssistProposesKeywordsAndTheStepsAFlowCanConnect() throws Exception {
		String text = PROCESS.replace("flow granska -> e", "flow granska -> ");
		XtextResource resource = parse("assist.process", text);
		List<String> proposals = proposals(resource, text, text.indexOf("flow granska -> ") + "flow granska -> ".length());
		assertTrue(proposals.containsAll(List.of("s", "granska", "e")), proposals::toString);
		assertFalse(proposals.contains("l"), "a lane is not a step: " + proposals);

		String start = "process p \"P\" {\n\t";
		List<String> keywords = proposals(parse("start.process", start + "\n}"), start + "\n}", start.length());
		assertTrue(keywords.containsAll(List.of("lane", "activity", "start", "flow")), keywords::toString);
	}

	@Test
	void contentAssistOffersOnlyTargetsThatFitTheLinksKind() throws Exception {
		parse("handlaggning.process", PROCESS);
		String journey = """
				journey resa "Resa" {
					phase f "Fas" {
						pain v "Väntar" { caused-by  }
						need n "Veta"
					}
				}
				""";
		XtextResource resource = parse("resa.journey", journey);
		int offset = journey.indexOf("caused-by ") + "caused-by ".length();
		List<String> proposals = proposals(resource, journey, offset);
		assertTrue(proposals.contains("handlaggning.granska"), proposals::toString);
		assertFalse(proposals.stream().anyMatch(p -> p.endsWith(".l") || p.equals("n") || p.equals("f")), proposals::toString);
	}

	@Test
	void semanticHighlightingMarksDeclarationsNamesAndReferences() throws Exception {
		XtextResource resource = parse("colours.process", PROCESS);
		Map<String, List<String>> styled = new java.util.HashMap<>();
		injector.getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(resource,
				(offset, length, ids) -> {
					for (String id : ids) {
						styled.computeIfAbsent(id, k -> new ArrayList<>()).add(PROCESS.substring(offset, offset + length));
					}
				}, CancelIndicator.NullImpl);
		assertTrue(styled.get(VerkstadHighlighting.DECLARATION).contains("granska"), styled::toString);
		assertTrue(styled.get(VerkstadHighlighting.NAME).contains("\"Granskar ansökan\""), styled::toString);
		assertEquals(List.of("s", "granska", "granska", "e"), styled.get(VerkstadHighlighting.REFERENCE));
	}

	@Test
	void outlineShowsTheModelsStructureByName() throws Exception {
		XtextResource resource = parse("outline.process", PROCESS);
		List<DocumentSymbol> symbols = injector.getInstance(HierarchicalDocumentSymbolService.class).getSymbols(resource,
				CancelIndicator.NullImpl);
		DocumentSymbol process = symbols.get(0);
		assertEquals("Handläggning", process.getName());
		DocumentSymbol lane = process.getChildren().get(0);
		assertEquals("Handläggare", lane.getName());
		assertEquals(List.of("Ansökan kommer in", "Granskar ansökan", "Beslut"),
				lane.getChildren().stream().map(DocumentSymbol::getName).collect(Collectors.toList()));
	}

	@Test
	void hoverShowsKindNameAndDescription() throws Exception {
		XtextResource resource = parse("hover.process", PROCESS);
		Document document = new Document(1, PROCESS);
		int offset = PROCESS.indexOf("flow s -> granska") + "flow s -> g".length();
		HoverParams params = new HoverParams(new TextDocumentIdentifier("memory:/hover.process"), document.getPosition(offset));
		Hover hover = injector.getInstance(HoverService.class).hover(document, resource, params, CancelIndicator.NullImpl);
		String contents = hover.getContents().getRight().getValue();
		assertTrue(contents.contains("Granskar ansökan") && contents.contains("Kontroll mot detaljplanen"), contents);
	}

	@Test
	void formattingLaysOutAMessyFile() throws Exception {
		String messy = "process p \"P\" {   lane l \"L\" { start s \"S\"   end e \"E\" }\n flow s -> e }";
		XtextResource resource = parse("messy.process", messy);
		Document document = new Document(1, messy);
		DocumentFormattingParams params = new DocumentFormattingParams(new TextDocumentIdentifier("memory:/messy.process"),
				new FormattingOptions(4, false));
		List<? extends TextEdit> edits = injector.getInstance(FormattingService.class).format(document, resource, params,
				CancelIndicator.NullImpl);
		StringBuilder formatted = new StringBuilder(messy);
		List<TextEdit> backwards = new ArrayList<>(edits);
		backwards.sort((a, b) -> Integer.compare(document.getOffSet(b.getRange().getStart()),
				document.getOffSet(a.getRange().getStart())));
		for (TextEdit edit : backwards) {
			formatted.replace(document.getOffSet(edit.getRange().getStart()), document.getOffSet(edit.getRange().getEnd()),
					edit.getNewText());
		}
		assertEquals("""
				process p "P" {

					lane l "L" {
						start s "S"
						end e "E"
					}
					flow s -> e
				}""", formatted.toString().strip());
		assertEquals(new Position(0, 0), document.getPosition(0));
	}
}
