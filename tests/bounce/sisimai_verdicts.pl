#!/usr/bin/perl
# Writes Sisimai's verdict for every recipient of the given bounce files as TSV (file, recipient,
# reason, status, reply code), the expected values of test_bounce_flufl's reason agreement.
# Debian 12 packages Sisimai 4.25.15 (apt-get install libsisimai-perl):
#   perl tests/bounce/sisimai_verdicts.pl /usr/lib/python3/dist-packages/flufl/bounce/tests/data/*.txt \
#       > tests/bounce/data/flufl-sisimai-4.25.15.tsv
# A file Sisimai finds no bounce in has no row.
use strict;
use warnings;
use Sisimai;

print "# Sisimai $Sisimai::VERSION\n";
print join("\t", qw(file recipient reason status replycode)), "\n";
for my $path (@ARGV) {
    my $file = $path =~ s{.*/}{}r;
    my $verdicts = Sisimai->make($path) || [];
    for my $v (@$verdicts) {
        print join("\t", $file, lc $v->recipient->address, $v->reason, $v->deliverystatus // '',
                   $v->replycode // ''), "\n";
    }
}
