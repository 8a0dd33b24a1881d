package org.verkstad.swot.dsl.ide;

/** The SWOT's editor services: the generated ones (its content assist parser); the shared ones come over them. */
public class SwotIdeModule extends AbstractSwotIdeModule {
}
