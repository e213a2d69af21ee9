using System.Text.Json.Serialization;

namespace Spotify.Gateway.Objects;

/// <summary>
/// Links to the item on the web. The Spotify Web API lists its web player here; this platform has
/// no web player, so the object is empty.
/// </summary>
public sealed record ExternalUrls([property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Spotify = null);
