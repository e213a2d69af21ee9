namespace Spotify.Search;

/// <summary>One query word and the document texts it must be found in.</summary>
internal sealed record TermClause(string Term, SearchField Fields)
{
    public bool IsFreeText => Fields == SearchField.FreeText;
}
