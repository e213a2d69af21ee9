using System.Text.Json;

namespace Spotify.Gateway.Listening;

/// <summary>
/// The body of <c>POST /v1/me/player/events</c>. Items stay raw JSON until each is read on its own,
/// so one malformed item is rejected with its reason while the valid rest is accepted.
/// </summary>
public sealed record PlayEventsRequest(IReadOnlyList<JsonElement>? Events);
