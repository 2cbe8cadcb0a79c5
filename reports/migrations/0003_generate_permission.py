from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('reports', '0002_report_schedule'),
    ]

    operations = [
        migrations.AlterModelOptions(
            name='generatedreport',
            options={'ordering': ['-created_at', '-pk'], 'permissions': [('generate', 'Can generate reports on demand')]},
        ),
    ]
