namespace FilingForge.Writers.Pdf.Format;

/// <summary>Collects bookmarks as (level, title, destination) in document order and writes them as the outline tree (§12.3.3).</summary>
internal sealed class PdfOutlineBuilder
{
    private sealed class Node(string title, string destination, int level)
    {
        public string Title { get; } = title;
        public string Destination { get; } = destination;
        public int Level { get; } = level;
        public List<Node> Children { get; } = new();
        public PdfReference? Reference { get; set; }
    }

    private readonly Node _root = new("", "", 0);
    private readonly Stack<Node> _open = new();

    public bool IsEmpty => _root.Children.Count == 0;

    public void Add(int level, string title, string destination)
    {
        if (_open.Count == 0) _open.Push(_root);
        while (_open.Count > 1 && _open.Peek().Level >= level) _open.Pop();
        var node = new Node(title, destination, level);
        _open.Peek().Children.Add(node);
        _open.Push(node);
    }

    public PdfReference Write(PdfFileWriter file)
    {
        _root.Reference = file.Reserve();
        Reserve(_root, file);
        WriteChildren(_root, file);
        var outlines = new PdfDictionary("Outlines")
            .Set("First", _root.Children[0].Reference!)
            .Set("Last", _root.Children[^1].Reference!)
            .Set("Count", new PdfInteger(CountAll(_root)));
        file.Write(_root.Reference, outlines);
        return _root.Reference;
    }

    private static void Reserve(Node node, PdfFileWriter file)
    {
        foreach (var child in node.Children)
        {
            child.Reference = file.Reserve();
            Reserve(child, file);
        }
    }

    private static void WriteChildren(Node parent, PdfFileWriter file)
    {
        for (var i = 0; i < parent.Children.Count; i++)
        {
            var node = parent.Children[i];
            var item = new PdfDictionary()
                .Set("Title", PdfString.Text(node.Title))
                .Set("Parent", parent.Reference!)
                .Set("Dest", PdfName.Of(node.Destination));
            if (i > 0) item.Set("Prev", parent.Children[i - 1].Reference!);
            if (i < parent.Children.Count - 1) item.Set("Next", parent.Children[i + 1].Reference!);
            if (node.Children.Count > 0)
            {
                item.Set("First", node.Children[0].Reference!).Set("Last", node.Children[^1].Reference!)
                    .Set("Count", new PdfInteger(CountAll(node)));
            }

            file.Write(node.Reference!, item);
            WriteChildren(node, file);
        }
    }

    private static int CountAll(Node node) => node.Children.Sum(c => 1 + CountAll(c));
}
