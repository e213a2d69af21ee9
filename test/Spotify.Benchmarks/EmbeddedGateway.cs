using System.Globalization;
using Spotify.Testing;

namespace Spotify.Benchmarks;

/// <summary>The gateway in its Embedded profile, run as its own process as `dotnet run` would run it.</summary>
public sealed class EmbeddedGateway : IAsyncDisposable
{
    private readonly HostProcess _process;

    private EmbeddedGateway(HostProcess process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<EmbeddedGateway> StartAsync(bool seedDemoCatalog)
    {
        var ports = FreePorts.Take(3);
        var baseAddress = new Uri($"http://127.0.0.1:{ports[0]}");
        var process = await HostProcess.StartAsync(
            "gateway",
            RepositoryLayout.GatewayAssembly,
            new Dictionary<string, string>
            {
                ["Urls"] = baseAddress.ToString(),
                ["Orleans:SiloPort"] = ports[1].ToString(CultureInfo.InvariantCulture),
                ["Orleans:GatewayPort"] = ports[2].ToString(CultureInfo.InvariantCulture),
                ["Spotify:DemoCatalog:SeedOnStart"] = seedDemoCatalog ? "true" : "false",
                // A benchmark is one client sending far more than a person would.
                ["Spotify:RateLimits:PerClient"] = int.MaxValue.ToString(CultureInfo.InvariantCulture),
                ["Spotify:RateLimits:PerUser"] = int.MaxValue.ToString(CultureInfo.InvariantCulture),
                ["Spotify:RateLimits:SignInsPerAddress"] = int.MaxValue.ToString(CultureInfo.InvariantCulture),
                ["Spotify:RateLimits:PerAnonymousAddress"] = int.MaxValue.ToString(CultureInfo.InvariantCulture),
                ["Logging:LogLevel:Default"] = "Warning",
                ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
            },
            TimeSpan.FromMinutes(2));
        return new EmbeddedGateway(process, baseAddress);
    }

    /// <summary>A client without a token that does not follow redirects, as the sign-in flow needs.</summary>
    public HttpClient CreateAnonymousClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(5) };

    /// <summary>A client signed in as a new user with the given scopes.</summary>
    public async Task<HttpClient> CreateUserClientAsync(string scope)
    {
        var http = CreateAnonymousClient();
        var token = await OAuthFlows.NewUserTokenAsync(http, scope);
        return http.WithToken(token);
    }

    /// <summary>A client holding a client-credentials token of the development admin client.</summary>
    public async Task<HttpClient> CreateAdminClientAsync(string scope)
    {
        var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
        var token = await OAuthFlows.ClientCredentialsAsync(http, OAuthFlows.AdminClientId, OAuthFlows.EmbeddedAdminSecret, scope);
        return http.WithToken(token);
    }

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
