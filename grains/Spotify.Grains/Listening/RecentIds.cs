namespace Spotify.Grains.Listening;

/// <summary>The most recent ids seen, up to a capacity, oldest forgotten first: enough to recognise a retried delivery.</summary>
[GenerateSerializer]
public sealed class RecentIds
{
    [Id(0)]
    public List<string> InArrivalOrder { get; set; } = [];

    [NonSerialized]
    private HashSet<string>? _lookup;

    private HashSet<string> Lookup => _lookup ??= new HashSet<string>(InArrivalOrder, StringComparer.Ordinal);

    public bool Contains(string id) => Lookup.Contains(id);

    /// <summary>Records the id; false when it was already there.</summary>
    public bool Add(string id, int capacity)
    {
        if (!Lookup.Add(id))
        {
            return false;
        }
        InArrivalOrder.Add(id);
        if (InArrivalOrder.Count > capacity)
        {
            var forgotten = InArrivalOrder.Count - capacity;
            foreach (var old in InArrivalOrder.Take(forgotten))
            {
                Lookup.Remove(old);
            }
            InArrivalOrder.RemoveRange(0, forgotten);
        }
        return true;
    }
}
