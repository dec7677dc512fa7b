import com.adobe.epubcheck.tool.EpubChecker;

/** Runs epubcheck on many files in one JVM: for each FILE, writes FILE.json (the JSON report). */
public class EpubcheckBatch {
    public static void main(String[] args) {
        int worst = 0;
        for (String path : args) {
            int status = new EpubChecker().run(new String[] {path, "--json", path + ".json"});
            worst = Math.max(worst, status);
        }
        System.exit(worst);
    }
}
