using System.Globalization;
using Spotify.Testing;

namespace Spotify.Benchmarks.Hosts;

/// <summary>
/// A gateway run as its own process, as `dotnet run` or a deployment runs it: in the Embedded
/// profile (a silo inside), or in the Cluster profile as a client of silo processes. Rate limits are
/// lifted, since a benchmark is one client sending far more than a person would.
/// </summary>
public sealed class BenchGateway : IAsyncDisposable
{
    private const int SignUpsAtOnce = 4;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);
    private static readonly string Unlimited = int.MaxValue.ToString(CultureInfo.InvariantCulture);

    private readonly HostProcess _process;
    private readonly string _adminSecret;

    private BenchGateway(HostProcess process, Uri baseAddress, string adminSecret)
    {
        _process = process;
        BaseAddress = baseAddress;
        _adminSecret = adminSecret;
    }

    public Uri BaseAddress { get; }

    /// <summary>The gateway process's resident memory now, in bytes.</summary>
    public long WorkingSetBytes => _process.WorkingSetBytes;

    /// <param name="extraSettings">Settings of its own, such as where its media is.</param>
    public static async Task<BenchGateway> StartEmbeddedAsync(bool seedDemoCatalog, IReadOnlyDictionary<string, string>? extraSettings = null)
    {
        var ports = FreePorts.Take(3);
        var baseAddress = new Uri($"http://127.0.0.1:{ports[0]}");
        var settings = new Dictionary<string, string>
        {
            ["Orleans:SiloPort"] = ports[1].ToString(CultureInfo.InvariantCulture),
            ["Orleans:GatewayPort"] = ports[2].ToString(CultureInfo.InvariantCulture),
            ["Spotify:DemoCatalog:SeedOnStart"] = seedDemoCatalog ? "true" : "false",
            // Transcoding demo audio in the background would take CPU from what is measured.
            ["Spotify:Media:DemoAudio:Tracks"] = "0",
        };
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }
        var process = await HostProcess.StartAsync("gateway", RepositoryLayout.GatewayAssembly, Settings(baseAddress, settings), StartTimeout);
        return new BenchGateway(process, baseAddress, OAuthFlows.EmbeddedAdminSecret);
    }

    /// <summary>A gateway that is a client of <paramref name="cluster"/>'s silos, with the same extra settings they got.</summary>
    public static async Task<BenchGateway> StartClusterAsync(SiloCluster cluster, IReadOnlyDictionary<string, string> extraSettings)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{FreePorts.Take(1)[0]}");
        var settings = cluster.ClientSettings.Concat(extraSettings).ToDictionary();
        var process = await HostProcess.StartAsync("cluster gateway", RepositoryLayout.GatewayAssembly, Settings(baseAddress, settings), StartTimeout);
        return new BenchGateway(process, baseAddress, cluster.AdminSecret);
    }

    private static Dictionary<string, string> Settings(Uri baseAddress, IReadOnlyDictionary<string, string> profileSettings)
    {
        var settings = new Dictionary<string, string>(profileSettings)
        {
            ["Urls"] = baseAddress.ToString(),
            ["Spotify:RateLimits:PerClient"] = Unlimited,
            ["Spotify:RateLimits:PerUser"] = Unlimited,
            ["Spotify:RateLimits:SignInsPerAddress"] = Unlimited,
            ["Spotify:RateLimits:PerAnonymousAddress"] = Unlimited,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
        };
        return settings;
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

    /// <summary>
    /// Clients signed in as <paramref name="count"/> new users, a few sign-ups at a time: password
    /// hashing is meant to be slow, and hundreds at once would only time out.
    /// </summary>
    public async Task<HttpClient[]> CreateUserClientsAsync(int count, string scope)
    {
        using var signUps = new SemaphoreSlim(SignUpsAtOnce);
        return await Task.WhenAll(Enumerable.Range(0, count).Select(async _ =>
        {
            await signUps.WaitAsync();
            try
            {
                return await CreateUserClientAsync(scope);
            }
            finally
            {
                signUps.Release();
            }
        }));
    }

    /// <summary>A client holding a client-credentials token of the operators' admin client.</summary>
    public async Task<HttpClient> CreateAdminClientAsync(string scope)
    {
        var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
        var token = await OAuthFlows.ClientCredentialsAsync(http, OAuthFlows.AdminClientId, _adminSecret, scope);
        return http.WithToken(token);
    }

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
