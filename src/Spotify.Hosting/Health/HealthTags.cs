namespace Spotify.Hosting.Health;

public static class HealthTags
{
    /// <summary>Checks that must pass before a gateway takes traffic (<c>/readyz</c>).</summary>
    public const string Ready = "ready";
}
