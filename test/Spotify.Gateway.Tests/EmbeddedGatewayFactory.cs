using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Spotify.Testing;

namespace Spotify.Gateway.Tests;

/// <summary>
/// The gateway in its default Embedded profile, with its silo on a free port so that several
/// factories can run side by side. Extra settings override the defaults.
/// </summary>
public class EmbeddedGatewayFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string> _settings;

    public EmbeddedGatewayFactory()
        : this(new Dictionary<string, string>())
    {
    }

    protected EmbeddedGatewayFactory(IReadOnlyDictionary<string, string> settings) => _settings = settings;

    /// <summary>Where this gateway's silo archives accepted plays (a fresh folder per factory).</summary>
    public string ArchiveDirectory { get; } = Path.Combine(Path.GetTempPath(), "spotify-gateway-tests", Guid.NewGuid().ToString("N"));

    /// <summary>This gateway's local blob store (a fresh folder per factory).</summary>
    public string MediaDirectory { get; } = Path.Combine(Path.GetTempPath(), "spotify-gateway-tests", Guid.NewGuid().ToString("N"), "media");

    /// <summary>Where this gateway stages audio uploads (a fresh folder per factory).</summary>
    public string StagingDirectory { get; } = Path.Combine(Path.GetTempPath(), "spotify-gateway-tests", Guid.NewGuid().ToString("N"), "ingest");

    /// <summary>A client that sends no token and does not follow redirects.</summary>
    public HttpClient CreateAnonymousClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A client carrying the operators' client-credentials token: good for every catalog read.</summary>
    public async Task<HttpClient> CreateClientWithTokenAsync(string? scope = null)
    {
        var client = CreateAnonymousClient();
        var token = await OAuthFlows.ClientCredentialsAsync(client, OAuthFlows.AdminClientId, OAuthFlows.EmbeddedAdminSecret, scope);
        return client.WithToken(token);
    }

    /// <summary>A client carrying the token of a new user who granted the given scopes.</summary>
    public async Task<HttpClient> CreateUserClientAsync(string scope)
    {
        var client = CreateAnonymousClient();
        return client.WithToken(await OAuthFlows.NewUserTokenAsync(client, scope));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Orleans:SiloPort", FreePorts.Take().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Spotify:Archive:Directory", ArchiveDirectory);
        builder.UseSetting("Spotify:Media:Directory", MediaDirectory);
        builder.UseSetting("Spotify:Media:Ingest:StagingDirectory", StagingDirectory);
        // Tests that want demo audio ask for it; the others do not pay for its transcoding.
        builder.UseSetting("Spotify:Media:DemoAudio:Tracks", "0");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
