using Spotify.Testing;

namespace Spotify.Integration.Tests;

/// <summary>The CDN edge of deploy/nginx (nginx) in front of an Embedded gateway on Kestrel, sharing the media signing secret.</summary>
public sealed class MediaEdgeFixture : IAsyncLifetime
{
    public const string Secret = "media-edge-integration-secret_0123456789";

    private static readonly TimeSpan EdgeStartTimeout = TimeSpan.FromSeconds(20);

    private NginxEdge? _edge;

    internal KestrelGatewayFactory Gateway { get; } = new(Secret);

    public NginxEdge Edge => _edge ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync()
    {
        Gateway.StartServer();
        _edge = await NginxEdge.StartAsync(Secret, [Gateway.Address], EdgeStartTimeout);
    }

    public async Task DisposeAsync()
    {
        if (_edge is not null)
        {
            await _edge.DisposeAsync();
        }
        await Gateway.DisposeAsync();
    }
}
