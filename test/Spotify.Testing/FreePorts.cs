using System.Net;
using System.Net.Sockets;

namespace Spotify.Testing;

public static class FreePorts
{
    /// <summary>Loopback ports that were free a moment ago, all different.</summary>
    public static int[] Take(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(listener => listener.Start());
            return listeners.Select(listener => ((IPEndPoint)listener.LocalEndpoint).Port).ToArray();
        }
        finally
        {
            listeners.ForEach(listener => listener.Stop());
        }
    }

    public static int Take() => Take(1)[0];
}
