using System.Globalization;
using System.Security.Cryptography;

namespace Spotify.Testing;

/// <summary>
/// Silo processes in the Cluster profile on a database of their own in the test PostgreSQL, with
/// failure detection tuned so that a killed silo is declared dead within seconds.
/// </summary>
public sealed class SiloCluster : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly List<SiloInstance> _silos = [];
    private readonly IReadOnlyDictionary<string, string>? _extraSettings;

    private SiloCluster(TestDatabase database, string clusterId, IReadOnlyDictionary<string, string>? extraSettings)
    {
        Database = database;
        ClusterId = clusterId;
        _extraSettings = extraSettings;
    }

    public TestDatabase Database { get; }

    /// <summary>The operators' client secret the gateways of this cluster register.</summary>
    public string AdminSecret { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    /// <summary>The secret media links are signed with, which a CDN edge in front of the gateways shares.</summary>
    public string MediaSigningSecret { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));

    private string SigningKey { get; } = NewSigningKey();

    private string EncryptionKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public string ClusterId { get; }

    public IReadOnlyList<SiloInstance> Silos => _silos;

    /// <summary>
    /// What a gateway or client needs to join this cluster through its clustering table; every
    /// gateway given these shares the token issuer and keys, as replicas do.
    /// </summary>
    public IReadOnlyDictionary<string, string> ClientSettings => new Dictionary<string, string>
    {
        ["Spotify:Profile"] = "Cluster",
        ["ConnectionStrings:Postgres"] = Database.ConnectionString,
        ["ConnectionStrings:Redis"] = TestServices.RedisConnectionString,
        ["ConnectionStrings:Blobs"] = TestServices.BlobsConnectionString,
        ["Orleans:ClusterId"] = ClusterId,
        ["Spotify:Auth:Issuer"] = "https://api.spotify-on-orleans.test/",
        ["Spotify:Auth:SigningKey"] = SigningKey,
        ["Spotify:Auth:EncryptionKey"] = EncryptionKey,
        ["Spotify:Admin:ClientSecret"] = AdminSecret,
        ["Spotify:Media:Signing:Secret"] = MediaSigningSecret,
        // Each test cluster counts requests in its own Redis keys.
        ["Spotify:RateLimits:KeyPrefix"] = $"{ClusterId}:",
    };

    public static async Task<SiloCluster> StartAsync(string purpose, int siloCount, IReadOnlyDictionary<string, string>? extraSettings = null)
    {
        var cluster = new SiloCluster(TestDatabase.CreateName(purpose), $"{purpose}-{Guid.NewGuid():N}", extraSettings);
        try
        {
            var ports = FreePorts.Take(siloCount * 2);
            var starting = Enumerable.Range(0, siloCount)
                .Select(index => cluster.StartSiloAsync(index + 1, ports[index * 2], ports[(index * 2) + 1]))
                .ToList();
            cluster._silos.AddRange(await Task.WhenAll(starting));
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    private static string NewSigningKey()
    {
        using var rsa = RSA.Create(2048);
        return rsa.ExportPkcs8PrivateKeyPem();
    }

    /// <summary>Starts one more silo, with the settings the first ones got: a replacement for one that died.</summary>
    public async Task<SiloInstance> StartAdditionalSiloAsync()
    {
        var ports = FreePorts.Take(2);
        var silo = await StartSiloAsync(_silos.Count + 1, ports[0], ports[1]);
        _silos.Add(silo);
        return silo;
    }

    public SiloInstance SiloListeningOn(int siloPort) => _silos.Single(silo => silo.SiloPort == siloPort);

    public async ValueTask DisposeAsync()
    {
        foreach (var silo in _silos)
        {
            await silo.Process.DisposeAsync();
        }
        await Database.DisposeAsync();
    }

    private async Task<SiloInstance> StartSiloAsync(int number, int siloPort, int gatewayPort)
    {
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:Postgres"] = Database.ConnectionString,
            ["Orleans:ClusterId"] = ClusterId,
            ["Orleans:SiloPort"] = siloPort.ToString(CultureInfo.InvariantCulture),
            ["Orleans:GatewayPort"] = gatewayPort.ToString(CultureInfo.InvariantCulture),
            ["Orleans:AdvertisedIP"] = "127.0.0.1",
            ["Orleans:Membership:ProbeTimeout"] = "00:00:01",
            ["Orleans:Membership:NumMissedProbesLimit"] = "2",
            ["Orleans:Membership:TableRefreshTimeout"] = "00:00:02",
            ["Orleans:Membership:IAmAliveTablePublishTimeout"] = "00:00:05",
        };
        foreach (var (key, value) in _extraSettings ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }
        var process = await HostProcess.StartAsync($"silo-{number}", RepositoryLayout.SiloAssembly, settings, StartTimeout);
        return new SiloInstance(process, siloPort, gatewayPort);
    }
}
