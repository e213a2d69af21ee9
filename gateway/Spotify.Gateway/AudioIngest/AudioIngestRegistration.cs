namespace Spotify.Gateway.AudioIngest;

public static class AudioIngestRegistration
{
    /// <summary>Upload staging, the job queue and the background worker that transcodes and publishes.</summary>
    public static IServiceCollection AddAudioIngest(this IServiceCollection services)
    {
        services.AddOptions<AudioIngestOptions>()
            .BindConfiguration(AudioIngestOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<AudioTools>();
        services.AddSingleton<AudioStaging>();
        services.AddSingleton<AudioIngestQueue>();
        services.AddSingleton<AudioJobs>();
        services.AddSingleton<AudioJobRunner>();
        services.AddSingleton<AudioFolderImport>();
        services.AddHostedService<AudioIngestWorker>();
        return services;
    }
}
