using System.Text.Json.Serialization;

namespace Spotify.Gateway.Objects;

/// <summary>
/// The Spotify Web API's recommendation seed object, whose keys are camelCase unlike the rest of
/// the API. The pool sizes are the number of tracks returned: candidates are gathered and scored
/// together, not per seed.
/// </summary>
public sealed record RecommendationSeedObject(
    [property: JsonPropertyName("afterFilteringSize")] int AfterFilteringSize,
    [property: JsonPropertyName("afterRelinkingSize")] int AfterRelinkingSize,
    [property: JsonPropertyName("href")] string? Href,
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("initialPoolSize")] int InitialPoolSize,
    [property: JsonPropertyName("type")] string Type);
