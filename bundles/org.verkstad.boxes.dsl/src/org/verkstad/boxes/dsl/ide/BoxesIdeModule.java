package org.verkstad.boxes.dsl.ide;

/** The three boxes's editor services: the generated ones (its content assist parser); the shared ones come over them. */
public class BoxesIdeModule extends AbstractBoxesIdeModule {
}
