using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Spotify.Integration.Tests;

/// <summary>Puts a middleware first in a gateway's pipeline that records the path of every request reaching it.</summary>
internal sealed class RequestRecorder : IStartupFilter
{
    private readonly ConcurrentQueue<string> _paths = new();

    /// <summary>The paths received that end with <paramref name="suffix"/>.</summary>
    public IReadOnlyList<string> PathsEndingWith(string suffix) =>
        _paths.Where(path => path.EndsWith(suffix, StringComparison.Ordinal)).ToList();

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            _paths.Enqueue(context.Request.Path.Value ?? "");
            return nextMiddleware(context);
        });
        next(app);
    };
}
