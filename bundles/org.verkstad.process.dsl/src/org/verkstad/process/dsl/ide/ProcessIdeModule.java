package org.verkstad.process.dsl.ide;

/** The process map's editor services: the generated ones (its content assist parser); the shared ones come over them. */
public class ProcessIdeModule extends AbstractProcessIdeModule {
}
