using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Spotify.Testing;

namespace Spotify.Benchmarks.Api;

/// <summary>
/// The ceiling for an API read: Kestrel alone, answering every GET with the same JSON bytes, with
/// no routing to speak of, no authentication and no grain behind it.
/// </summary>
public sealed class BareKestrel : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BareKestrel(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<BareKestrel> StartAsync(byte[] body)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{FreePorts.Take()}");
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(baseAddress.ToString());
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/{**path}", () => Results.Bytes(body, "application/json"));
        await app.StartAsync();
        return new BareKestrel(app, baseAddress);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
