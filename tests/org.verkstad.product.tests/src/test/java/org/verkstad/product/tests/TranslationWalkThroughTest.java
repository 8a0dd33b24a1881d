package org.verkstad.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The walk-through in Swedish and Norwegian: the product started with {@code --lang sv|nb} walks what a
 * participant meets (every menu and submenu, the explorer's and the text page's context menus, the
 * views, the course examples' process map with its diagram page, the preferences, About, New, the course
 * report, Export Diagram, Find, the user guide's panel, the save prompt) and writes every label, title,
 * button, column and tool tip it shows ({@code -Dverkstad.uiTexts}, see UiTexts); none may be English.
 * The texts are kept beside the screenshots ({@code target/screenshots/ui-texts-LANG.txt}); the
 * screenshots of each menu in both languages are WorkbenchWindowTest's.
 */
class TranslationWalkThroughTest extends WorkbenchTestBase {

	/**
	 * Words of the platform's English that are neither Swedish nor Norwegian (words both languages share
	 * with English, such as Filter, Format, Info, Text, Diagram, Start, Element, are not here).
	 */
	private static final Set<String> ENGLISH = Set.of(("File Edit Window Help Save Close Exit Open Undo Redo Cut Copy Paste Delete "
			+ "Select Find Replace Rename Preferences Reset Perspective About Cancel Finish Next Back Apply Restore Defaults Yes Show View "
			+ "Views Properties Problems Outline Project Projects Explorer Description Resource Path Location Errors Warnings Infos items "
			+ "Search General Keys Appearance Workspace Editor Editors Wizard Wizards New Other Team Compare Minimize Maximize Collapse "
			+ "Expand Quick Fix Print Import Report Language User Welcome Details Installation Features Configuration Name Value Settings "
			+ "Previous Forward Backward Match Toggle Revert Shift Left Right Annotation Only Add Remove Browse Choose Folder Files Clear "
			+ "Refresh Category Categories Advanced Hide Tools Marquee Validate Connection Lost Restored Dialog Actions Editing Minimap "
			+ "System Default Wrapped Whole Regular Expression Scope Direction Options Incremental Lines Elements Selection Keyboard "
			+ "Shortcuts Command Commands Binding Conflicts Filters Content Contents Navigator Working Sets Into Level Deselect Plug-in Plug-ins Provider License Columns Signed Installed").split(" "));
	/** English phrases of words the languages share. */
	private static final List<String> PHRASES = List.of("type filter text", "Text Editor");
	/** A key binding shown beside a label ("(Shift+Ctrl+D)", "Ctrl+Enter"): the names of keys are not translated. */
	private static final Pattern KEYS = Pattern.compile("\\((?:Ctrl|Shift|Alt|Enter|Esc|F\\d)[^)]*\\)|(?:Shift|Ctrl|Alt)\\+\\S+");
	private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z-]*");
	/** What the walk must have seen, so that a walk cut short does not pass. */
	private static final List<String> WALKED = List.of("menu", "menu › ", "dialog:preferences", "dialog:about", "dialog:installation", "dialog:new",
			"dialog:report", "dialog:exportDiagram", "dialog:save", "window", "window:page", "window:text", "window:find",
			"window:guide", "context:Tree", "context:StyledText");

	@ParameterizedTest
	@ValueSource(strings = { "sv", "nb" })
	void noEnglishInMenusDialogsViewsAndTheDiagramPage(String language) throws Exception {
		Path home = Files.createTempDirectory("verkstad-home");
		Path log = Files.createTempFile("verkstad-gui", ".log");
		Path texts = home.resolve("ui-texts.txt");
		startWorkbench(Map.of("JDK_JAVA_OPTIONS", "-Dverkstad.uiTexts=" + texts), home, log, "--lang", language);
		waitFor(() -> Files.isRegularFile(texts), 2 * MIN_WAIT_SECONDS, "the walk through the workbench (" + log + ")");
		screenshot("walk-through-" + language + ".png");
		Path kept = Paths.get(System.getProperty("verkstad.screenshots", "target/screenshots")).resolve("ui-texts-" + language + ".txt");
		Files.copy(texts, kept, StandardCopyOption.REPLACE_EXISTING);

		List<String> lines = Files.readAllLines(texts, StandardCharsets.UTF_8);
		assertEquals(List.of(), lines.stream().filter(l -> l.startsWith("error\t")).toList(), "the walk went through");
		assertTrue(lines.get(lines.size() - 1).startsWith("done\t"), () -> "the walk did not finish: " + kept);
		for (String part : WALKED) {
			assertTrue(lines.stream().anyMatch(l -> l.startsWith(part + (part.endsWith(" ") ? "" : "\t"))),
					() -> "the walk saw no " + part + ": " + kept);
		}
		assertTrue(lines.stream().filter(l -> l.startsWith("menu")).count() > 40, "every menu with its items");
		// F1 on the process map: the guide in the language, at the process map's section; its search finds
		assertTrue(lines.contains("guide:shown\t/help/guide/" + language + ".html#process"),
				() -> lines.stream().filter(l -> l.startsWith("guide:")).toList().toString());
		long top = lines.stream().filter(l -> l.startsWith("guide:sectionTop\t")).mapToLong(l -> Long.parseLong(l.split("\t")[1]))
				.findFirst().orElse(-1000);
		assertTrue(top > -60 && top < 100, "the process map's section at the top of the guide's view: " + top);
		assertTrue(lines.stream().filter(l -> l.startsWith("guide:hit\t")).count() >= 2, "the guide's search finds SWOT");
		// (the search's hits in the English reference pages are their titles, said to be in English)
		List<String> english = lines.stream().filter(l -> !l.startsWith("guide:")).filter(TranslationWalkThroughTest::english).toList();
		assertEquals(List.of(), english, "English in the " + language + " workbench (all texts: " + kept + ")");
	}

	private static boolean english(String line) {
		String text = KEYS.matcher(line.substring(line.indexOf('\t') + 1)).replaceAll("");
		if (PHRASES.stream().anyMatch(text::contains)) {
			return true;
		}
		Matcher word = WORD.matcher(text);
		while (word.find()) {
			if (ENGLISH.contains(word.group())) {
				return true;
			}
		}
		return false;
	}
}
