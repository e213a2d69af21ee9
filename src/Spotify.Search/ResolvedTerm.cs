using System.Collections.Immutable;

namespace Spotify.Search;

/// <summary>
/// How a query word is looked up, decided the same way by every engine: as a prefix when some
/// indexed word starts with it; otherwise as any of its spelling corrections (indexed words that
/// share enough trigrams with it); otherwise it matches nothing.
/// </summary>
internal sealed record ResolvedTerm(TermClause Clause, bool IsPrefix, ImmutableArray<string> Corrections)
{
    public const int MaxCorrections = 5;

    public static ResolvedTerm Prefix(TermClause clause) => new(clause, true, []);

    public static ResolvedTerm Corrected(TermClause clause, ImmutableArray<string> corrections) => new(clause, false, corrections);

    public bool MatchesNothing => !IsPrefix && Corrections.IsEmpty;
}
