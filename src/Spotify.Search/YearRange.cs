namespace Spotify.Search;

/// <summary>The years a <c>year:</c> filter accepts, both ends included.</summary>
public sealed record YearRange(int From, int To)
{
    public bool Contains(int? year) => year is { } value && value >= From && value <= To;
}
