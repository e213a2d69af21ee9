namespace Spotify.Testing;

/// <summary>Where the repository's build outputs are, seen from a test assembly.</summary>
public static class RepositoryLayout
{
    public static string Root { get; } = FindRoot();

    /// <summary>Release or Debug: whatever the running tests were built as.</summary>
    public static string Configuration { get; } =
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    public static string SiloAssembly => BuildOutput("silo/Spotify.Silo", "Spotify.Silo.dll");

    public static string GatewayAssembly => BuildOutput("gateway/Spotify.Gateway", "Spotify.Gateway.dll");

    private static string BuildOutput(string project, string assembly)
    {
        var path = Path.Combine(Root, project, "bin", Configuration, "net10.0", assembly);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"{assembly} is not built at {path}; build the solution first.", path);
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Spotify.Orleans.sln")))
            {
                return directory.FullName;
            }
        }
        throw new DirectoryNotFoundException($"No Spotify.Orleans.sln above {AppContext.BaseDirectory}.");
    }
}
