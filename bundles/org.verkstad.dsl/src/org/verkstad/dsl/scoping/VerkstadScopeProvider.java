package org.verkstad.dsl.scoping;

/**
 * Names resolve by type (a flow's ends are steps of a process, a strategy's items are SWOT items, …)
 * through the default scopes: inside a file by id, across files by {@code <model id>.<element id>}.
 * A link's target may be any element, so that a link of the wrong kind is reported by the shared
 * check in words about the link; the editor offers only targets that fit the kind
 * ({@code org.verkstad.dsl.ide.VerkstadCrossrefProposals}).
 */
public class VerkstadScopeProvider extends AbstractVerkstadScopeProvider {
}
