using System.Text.Json.Serialization;

namespace Spotify.Gateway.Objects;

public sealed record ExternalIds(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Isrc = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Upc = null);
