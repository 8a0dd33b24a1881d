package org.verkstad.boxes.tests;

import org.verkstad.boxes.BoardModel;
import org.verkstad.boxes.Box;
import org.verkstad.boxes.BoxItem;
import org.verkstad.boxes.BoxKind;
import org.verkstad.boxes.BoxesFactory;
import org.verkstad.boxes.Prompt;
import org.verkstad.core.CoreFactory;
import org.verkstad.core.Metadata;

/** Small three-box boards for tests, built the way the editors will build them. */
final class BoxesBuilder {

	static final BoxesFactory F = BoxesFactory.eINSTANCE;

	final BoardModel board = F.createBoardModel();

	BoxesBuilder(String name, String group) {
		board.setName(name);
		board.setGroup(group);
	}

	BoxesBuilder author(String author) {
		Metadata metadata = CoreFactory.eINSTANCE.createMetadata();
		metadata.setAuthor(author);
		board.setMetadata(metadata);
		return this;
	}

	Box box(BoxKind kind, String name) {
		Box box = F.createBox();
		box.setKind(kind);
		box.setName(name);
		board.getBoxes().add(box);
		return box;
	}

	BoxItem item(Box box, String name, Prompt prompt, String participant) {
		BoxItem item = F.createBoxItem();
		item.setName(name);
		item.setPrompt(prompt);
		item.setParticipant(participant);
		box.getItems().add(item);
		return item;
	}

}
