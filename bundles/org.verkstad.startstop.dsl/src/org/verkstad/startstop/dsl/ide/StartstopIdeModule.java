package org.verkstad.startstop.dsl.ide;

/** The continue / start / stop list's editor services: the generated ones (its content assist parser); the shared ones come over them. */
public class StartstopIdeModule extends AbstractStartstopIdeModule {
}
