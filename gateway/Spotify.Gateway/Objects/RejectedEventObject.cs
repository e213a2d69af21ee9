namespace Spotify.Gateway.Objects;

/// <summary>A refused play event: its place in the batch, its id when it had a readable one, and why.</summary>
public sealed record RejectedEventObject(int Index, string? EventId, string Reason);
