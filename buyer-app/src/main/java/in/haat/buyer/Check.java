package in.haat.buyer;

/** One check of a callback (or of a step): what was checked, whether it held, and what was seen when it did not. */
public record Check(String name, boolean passed, String detail) {

    public static Check pass(String name) {
        return new Check(name, true, "");
    }

    public static Check fail(String name, String detail) {
        return new Check(name, false, detail);
    }

    public static Check of(String name, boolean passed, String detailIfFailed) {
        return new Check(name, passed, passed ? "" : detailIfFailed);
    }

    @Override
    public String toString() {
        return (passed ? "ok   " : "FAIL ") + name + (passed ? "" : ": " + detail);
    }
}
