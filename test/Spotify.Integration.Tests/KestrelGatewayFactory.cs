using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Spotify.Testing;

namespace Spotify.Integration.Tests;

/// <summary>
/// An Embedded gateway on a real Kestrel listener at <see cref="Address"/>, so that a process such
/// as nginx can reach it, with its media in a folder of its own, signed with <paramref name="mediaSecret"/>,
/// and every request it receives recorded in <see cref="Requests"/>.
/// </summary>
internal sealed class KestrelGatewayFactory : WebApplicationFactory<Program>
{
    private readonly string _mediaSecret;
    private readonly string _stateDirectory = Directory.CreateTempSubdirectory("spotify-kestrel-gateway-").FullName;
    private readonly int _port = FreePorts.Take();

    public KestrelGatewayFactory(string mediaSecret)
    {
        _mediaSecret = mediaSecret;
        UseKestrel(options => options.Listen(IPAddress.Loopback, _port));
    }

    /// <summary>host:port, as nginx's upstream wants it.</summary>
    public string Address => $"127.0.0.1:{_port}";

    public RequestRecorder Requests { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Orleans:SiloPort", FreePorts.Take().ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Spotify:Archive:Directory", Path.Combine(_stateDirectory, "archive"));
        builder.UseSetting("Spotify:Media:Directory", Path.Combine(_stateDirectory, "media"));
        builder.UseSetting("Spotify:Media:Ingest:StagingDirectory", Path.Combine(_stateDirectory, "ingest"));
        builder.UseSetting("Spotify:Media:DemoAudio:Tracks", "0");
        builder.UseSetting("Spotify:Media:Signing:Secret", _mediaSecret);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(Requests));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_stateDirectory, recursive: true);
    }
}
