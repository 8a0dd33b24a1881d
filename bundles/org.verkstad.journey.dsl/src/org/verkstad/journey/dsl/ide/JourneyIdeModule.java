package org.verkstad.journey.dsl.ide;

/** The citizen journey's editor services: the generated ones (its content assist parser); the shared ones come over them. */
public class JourneyIdeModule extends AbstractJourneyIdeModule {
}
