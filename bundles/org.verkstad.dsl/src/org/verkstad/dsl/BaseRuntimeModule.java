package org.verkstad.dsl;

/**
 * The module Xtext generates for the shared grammar; it is never used, since Base is not a language of its
 * own (the notations' languages mix {@link TextFormatModule} over theirs). It exists because the generated
 * setup of a grammar names it.
 */
public class BaseRuntimeModule extends AbstractBaseRuntimeModule {
}
