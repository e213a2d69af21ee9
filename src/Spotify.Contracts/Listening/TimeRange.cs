namespace Spotify.Contracts.Listening;

/// <summary>The periods of Spotify's top items (<c>time_range</c>).</summary>
public enum TimeRange
{
    /// <summary>"short_term": about the last 4 weeks.</summary>
    ShortTerm,

    /// <summary>"medium_term": about the last 6 months; the default.</summary>
    MediumTerm,

    /// <summary>"long_term": all the history kept.</summary>
    LongTerm,
}
