namespace Spotify.Gateway.Objects;

/// <summary>What became of a batch of play events: how many were new, how many were seen before, and why the others were refused.</summary>
public sealed record PlayEventsResponse(int Accepted, int Duplicates, IReadOnlyList<RejectedEventObject> Rejected);
